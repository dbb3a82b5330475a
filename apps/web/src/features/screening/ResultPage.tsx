import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import type { RouteProps } from '../../app/routes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { getScreening } from '../../storage/repositories.js';
import type { ScreeningRecord } from '../../storage/types.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { Reperes } from '../../ui/Reperes.js';
import { currentPathway } from './pathway.js';
import { PathwayAdvice } from './PathwayAdvice.js';
import { ResultSummary } from './ResultSummary.js';

// Normative feedback after a screening (features/normative), a lazy chunk.
const NormativeCard = lazy(() => import('../normative/NormativeCard.js'));

function ResultBody({ record }: { readonly record: ScreeningRecord }): ReactNode {
  const { t } = useI18n();
  const pathway = useStored(currentPathway, `pathway:${record.id}`);
  return (
    <>
      <ResultSummary record={record} />
      <section className="card" aria-labelledby="reperes-title">
        <h2 id="reperes-title">{t('reperes.title')}</h2>
        <Reperes />
      </section>
      <Suspense fallback={null}>
        <NormativeCard useEstimate />
      </Suspense>
      {pathway.status === 'ready' ? <PathwayAdvice pathway={pathway.value} /> : null}
      <p>
        <Link to="/parler-a-un-professionnel" className="button button-block">
          {t('contact.entryLink')}
        </Link>
      </p>
      {record.instrument === 'audit-c' ? (
        <p>
          <Link to="/evaluer/audit">{t('result.moreComplete')}</Link>
        </p>
      ) : null}
    </>
  );
}

/** A questionnaire result in plain words: level, meaning, repères, pathway, next steps. */
export default function ResultPage({ params }: RouteProps): ReactNode {
  const { t } = useI18n();
  const id = params['id'] ?? '';
  const loaded = useStored(() => getScreening(id), `screening:${id}`);
  return (
    <>
      <PageTitle>{t('result.title')}</PageTitle>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : loaded.value === undefined ? (
        <p>{t('result.missing')}</p>
      ) : (
        <ResultBody record={loaded.value} />
      )}
    </>
  );
}
