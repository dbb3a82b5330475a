import type { ImpactReport } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n } from '../i18n/ProI18n.js';
import { ProTable } from '../shell/ProTable.js';
import { countText, monthText } from './published.js';

/** Requests received, the share contacted within 48 h and the median time to first contact, by month. */
export function RequestsTable(props: {
  readonly months: readonly string[];
  readonly requests: ImpactReport['requests'];
}): ReactNode {
  const i18n = useProI18n();
  const { t, number, locale } = i18n;
  const { created, answeredWithin48h, medianHoursToFirstContact } = props.requests;
  const share = (value: number | null | undefined): string =>
    value === null || value === undefined ? t('impact.notAvailable') : `${number(Math.round(value * 100))} %`;
  const hours = (value: number | null | undefined): string =>
    value === null || value === undefined
      ? t('impact.notAvailable')
      : t('impact.hours', { hours: number(Math.round(value * 10) / 10) });
  return (
    <section aria-labelledby="impact-requests">
      <h2 id="impact-requests">{t('impact.requestsTitle')}</h2>
      <ProTable
        caption={t('impact.requestsTitle')}
        columns={[
          t('impact.month'),
          t('impact.requestsCreated'),
          t('impact.within48h'),
          t('impact.medianHours'),
        ]}
      >
        {props.months.map((month, index) => {
          const count = created.byMonth[index];
          return (
            <tr key={month}>
              <th scope="row">{monthText(month, locale)}</th>
              <td>{count === undefined ? '' : countText(count, i18n)}</td>
              <td>{share(answeredWithin48h.byMonth[index])}</td>
              <td>{hours(medianHoursToFirstContact.byMonth[index])}</td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">{t('impact.overall')}</th>
          <td>{created.total === undefined ? '' : countText(created.total, i18n)}</td>
          <td>{share(answeredWithin48h.overall)}</td>
          <td>{hours(medianHoursToFirstContact.overall)}</td>
        </tr>
      </ProTable>
    </section>
  );
}
