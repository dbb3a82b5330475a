import type { Coverage } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useHelpText } from './messages.js';

/** Says honestly which areas the directory covers and how old its data is (issue 4). */
export function CoverageNote({ coverage }: { readonly coverage: Coverage | undefined }): ReactNode {
  const text = useHelpText();
  const { day } = useI18n();
  if (coverage === undefined) return null;
  const areas = coverage.departements
    .map((departement) => `${departement.name} (${departement.code})`)
    .join(', ');
  const finess = coverage.sources.find((source) => source.source === 'finess');
  const curated = coverage.sources.find((source) => source.source === 'curated');
  return (
    <section className="notice small" aria-labelledby="help-coverage-title">
      <h2 id="help-coverage-title" className="small">
        {text('coverage.title')}
      </h2>
      <p>{text('coverage.areas', { areas })}</p>
      {finess === undefined || finess.newestDataDate === null ? null : (
        <p>
          {text('coverage.finess', { date: day(finess.newestDataDate, { month: 'long', year: 'numeric' }) })}
        </p>
      )}
      {curated === undefined || curated.oldestDataDate === null || curated.newestDataDate === null ? null : (
        <p>
          {text('coverage.curated', {
            from: curated.oldestDataDate.slice(0, 4),
            to: curated.newestDataDate.slice(0, 4),
          })}
        </p>
      )}
      <p>{text('coverage.never')}</p>
    </section>
  );
}
