import { Link } from '../../app/Link.js';
import type { StructureType } from '@oz/contracts';
import type { ReactNode } from 'react';
import { typeKey, useHelpText } from './messages.js';
import { ALCOOL_INFO_SERVICE, EUROPEAN_EMERGENCY, SAMU, SUICIDE_PREVENTION } from '../../ui/helplines.js';

/** Alcool Info Service, always shown first: 0 980 980 930, every day 8 h–2 h, anonymous call at no extra cost. */
export function AisCard(): ReactNode {
  const text = useHelpText();
  return (
    <section className="card" aria-labelledby="help-ais-title">
      <h2 id="help-ais-title">{text('ais.title')}</h2>
      <p>{text('ais.body')}</p>
      <p className="muted">{text('ais.hours')}</p>
      <a className="button button-primary button-block" href={ALCOOL_INFO_SERVICE.tel}>
        {text('ais.call')}
      </a>
      <p className="small">
        {text('ais.emergency')} <a href={SAMU.tel}>{SAMU.display}</a> ·{' '}
        <a href={EUROPEAN_EMERGENCY.tel}>{EUROPEAN_EMERGENCY.display}</a>
      </p>
      <p className="small">
        <a href={SUICIDE_PREVENTION.tel}>{text('ais.suicide')}</a>
      </p>
      <p>
        <Link to="/parler-a-un-professionnel">{text('ais.contact')}</Link>
      </p>
    </section>
  );
}

/** Why the person arrived here with a suggestion (screening result, diary pattern, entourage page). */
export function OrientationBanner(props: {
  readonly suggested: StructureType | undefined;
  readonly forEntourage: boolean;
}): ReactNode {
  const text = useHelpText();
  const { suggested, forEntourage } = props;
  return (
    <section className="notice" aria-labelledby="help-orientation-title">
      <h2 id="help-orientation-title">{text('orientation.title')}</h2>
      {suggested === undefined ? null : (
        <>
          <p>
            {text('orientation.body', {
              type: `${text(typeKey(suggested, 'name'))} (${text(typeKey(suggested, 'long'))})`,
            })}
          </p>
          <p className="small">{text(typeKey(suggested, 'body'))}</p>
        </>
      )}
      {forEntourage ? <p>{text('orientation.entourage')}</p> : null}
    </section>
  );
}
