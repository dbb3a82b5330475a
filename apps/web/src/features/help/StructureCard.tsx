import type { StructureWithDistance } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { typeKey, useHelpText } from './messages.js';

/** « 0561621426 » → « 05 61 62 14 26 » for reading; the tel: link keeps the digits. */
function spacedPhone(phone: string): string {
  return phone.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/**
 * Directions go to OpenStreetMap (opened only on tap). For an approximate point (commune centre) the address
 * is searched instead, so nobody is sent to the middle of a town.
 */
export function directionsUrl(structure: StructureWithDistance): string {
  if (!structure.positionApproximate) {
    return `https://www.openstreetmap.org/directions?route=%3B${structure.latitude}%2C${structure.longitude}`;
  }
  const address = [structure.address, structure.postalCode, structure.city]
    .filter((part) => part !== null)
    .join(' ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

export function StructureCard({ structure }: { readonly structure: StructureWithDistance }): ReactNode {
  const text = useHelpText();
  const { number } = useI18n();
  const headingId = `structure-${structure.id}`;
  const publics = structure.publics.map((served) => text(`public.${served}`)).join(', ');
  return (
    <article className="card help-card" aria-labelledby={headingId}>
      <p className="help-type-badge">
        <abbr title={text(typeKey(structure.type, 'long'))}>{text(typeKey(structure.type, 'name'))}</abbr>
      </p>
      <h3 id={headingId}>{structure.name}</h3>
      <p className="help-distance">
        <strong>{text('card.distance', { km: number(structure.distanceKm) })}</strong>
        {structure.positionApproximate ? (
          <span className="muted small"> · {text('card.approximate')}</span>
        ) : null}
      </p>
      <DeclaredAvailability structure={structure} />
      <p>
        {structure.address === null ? null : (
          <>
            {structure.address}
            <br />
          </>
        )}
        {[structure.postalCode, structure.city].filter((part) => part !== null).join(' ')}
      </p>
      {publics === '' ? null : <p className="small">{text('card.publics', { publics })}</p>}
      {structure.openingHours === null ? null : (
        <p className="small">{text('card.hours', { hours: structure.openingHours })}</p>
      )}
      <div className="row help-actions">
        {structure.phone === null ? null : (
          <a className="button button-primary" href={`tel:${structure.phone}`}>
            {text('card.call')} {spacedPhone(structure.phone)}
          </a>
        )}
        {structure.website === null ? null : (
          <a className="button" href={structure.website} target="_blank" rel="noopener noreferrer">
            {text('card.website')} <span className="visually-hidden">{text('card.newWindow')}</span>
          </a>
        )}
        <a className="button" href={directionsUrl(structure)} target="_blank" rel="noopener noreferrer">
          {text('card.directions')} <span className="visually-hidden">{text('card.newWindow')}</span>
        </a>
      </div>
      <details className="small">
        <summary>{text('card.whatIsIt')}</summary>
        <p>
          <strong>{text(typeKey(structure.type, 'long'))}.</strong> {text(typeKey(structure.type, 'body'))}
        </p>
        {structure.dataDate === null ? null : (
          <p className="muted">{text('card.dataDate', { date: structure.dataDate.slice(0, 4) })}</p>
        )}
      </details>
    </article>
  );
}

/**
 * What a structure on Oz declared (issue 5), with the date it said so: self-declared figures age, and the
 * person should know how fresh they are. « Not taking new people » is said in words (not by colour alone).
 */
function DeclaredAvailability({ structure }: { readonly structure: StructureWithDistance }): ReactNode {
  const text = useHelpText();
  const { dateTime } = useI18n();
  if (structure.availabilityDeclaredAt === null) return null;
  const date = dateTime(new Date(structure.availabilityDeclaredAt), { dateStyle: 'long' });
  if (structure.acceptingNewPeople === false) {
    return (
      <p className="notice notice-caution small">
        <strong>{text('card.notAccepting')}</strong> {text('card.notAcceptingDate', { date })}
      </p>
    );
  }
  if (structure.waitTimeDays === null) return null;
  return <p className="small">{text('card.waitTime', { count: structure.waitTimeDays, date })}</p>;
}
