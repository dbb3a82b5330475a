import type { ImpactReport } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { download } from '../../features/settings/data/csvExport.js';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { useSession } from '../shell/session.js';
import { useApi } from '../shell/useApi.js';
import { impactCsv } from './csv.js';
import { DistributionTable } from './DistributionTable.js';
import { MonthlyTable } from './MonthlyTable.js';
import { distributionsOf, monthText } from './published.js';
import { RequestsTable } from './RequestsTable.js';
import { TargetsSection } from './TargetsSection.js';

const ALL = '';

/** Impact without tracking (issue 12): the pilot's table and more, for structure and platform admins. */
export function ImpactPage(): ReactNode {
  const i18n = useProI18n();
  const { t, locale, dateTime } = i18n;
  const { session } = useSession();
  const platform = session.user.role === 'platform_admin';
  const [year, setYear] = useState(1);
  const [structureId, setStructureId] = useState(ALL);
  const { remote, reload } = useApi(
    () => api.impact(year, structureId === ALL ? undefined : structureId),
    `impact-${String(year)}-${structureId}`,
  );
  const structures = useApi(
    () => (platform ? api.structures() : Promise.resolve({ structures: [] })),
    'impact-structures',
  );
  const report = remote.status === 'ready' ? remote.value : undefined;
  return (
    <>
      <h1 tabIndex={-1}>{t('impact.title')}</h1>
      <p>{t('impact.intro')}</p>
      <div className="impact-controls">
        <div className="field">
          <label htmlFor="impact-year">{t('impact.year')}</label>
          <select id="impact-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {Array.from({ length: report?.year.available ?? year }, (_, index) => index + 1).map((number) => (
              <option key={number} value={number}>
                {report !== undefined && number === report.year.number
                  ? t('impact.yearOption', {
                      number,
                      from: monthText(report.year.from, locale),
                      to: monthText(report.year.to, locale),
                    })
                  : t('impact.yearOption', { number, from: '…', to: '…' })}
              </option>
            ))}
          </select>
        </div>
        {platform && structures.remote.status === 'ready' ? (
          <div className="field">
            <label htmlFor="impact-scope">{t('impact.scope')}</label>
            <select
              id="impact-scope"
              value={structureId}
              onChange={(event) => setStructureId(event.target.value)}
            >
              <option value={ALL}>{t('impact.scopeAll')}</option>
              {structures.remote.value.structures.map((structure) => (
                <option key={structure.structureId} value={structure.structureId}>
                  {t('impact.scopeStructure', { name: structure.name })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {report === undefined ? null : (
          <button
            type="button"
            className="button"
            onClick={() =>
              download(`oz-impact-${String(report.year.number)}.csv`, impactCsv(report, i18n), 'text/csv')
            }
          >
            {t('impact.export')}
          </button>
        )}
      </div>
      {remote.status === 'failed' ? <ApiErrorNotice error={remote.error} /> : null}
      {report === undefined ? null : (
        <>
          <p className="small muted">{t('impact.generated', { when: dateTime(report.generatedAt) })}</p>
          <ImpactSections report={report} onTargetsSaved={reload} />
        </>
      )}
    </>
  );
}

function ImpactSections(props: {
  readonly report: ImpactReport;
  readonly onTargetsSaved: () => void;
}): ReactNode {
  const { t } = useProI18n();
  const { report } = props;
  return (
    <>
      {report.targets === undefined ? null : (
        <TargetsSection targets={report.targets} onSaved={props.onTargetsSaved} />
      )}
      {report.usage === undefined ? null : (
        <section aria-labelledby="impact-users">
          <h2 id="impact-users">{t('impact.usersTitle')}</h2>
          <p>{t('impact.usersIntro')}</p>
          <MonthlyTable
            caption="impact.usersTitle"
            months={report.months}
            rows={[
              { name: 'impact.newUsers', series: report.usage.users },
              { name: 'impact.activeUsers', series: report.usage.activeUsers },
            ]}
          />
        </section>
      )}
      <section aria-labelledby="impact-patients">
        <h2 id="impact-patients">{t('impact.patientsTitle')}</h2>
        <p>{t('impact.patientsIntro')}</p>
        <MonthlyTable
          caption="impact.patientsTitle"
          months={report.months}
          rows={[
            { name: 'impact.patientsAll', series: report.patients.all },
            { name: 'impact.viaRequests', series: report.patients.viaRequests },
            { name: 'impact.viaInvitations', series: report.patients.viaInvitations },
          ]}
        />
      </section>
      <RequestsTable months={report.months} requests={report.requests} />
      <section aria-labelledby="impact-distributions">
        <h2 id="impact-distributions">{t('impact.distributionsTitle')}</h2>
        <div className="impact-grid">
          {distributionsOf(report).map(({ title, data }) => (
            <DistributionTable key={title} title={title} data={data} />
          ))}
        </div>
      </section>
    </>
  );
}
