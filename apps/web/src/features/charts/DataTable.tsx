import { isAbove } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The text equivalent of a chart, folded by default. */
export function DataTable(props: {
  readonly caption: string;
  readonly header: string;
  readonly rows: readonly { key: string; label: string; value: number }[];
  readonly limit: number;
}): ReactNode {
  const { t, drinks } = useI18n();
  return (
    <details>
      <summary>{t('charts.showTable')}</summary>
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.header}</th>
            <th scope="col" className="num">
              {t('charts.valueColumn')}
            </th>
            <th scope="col">{t('charts.statusColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={{ fontWeight: 400 }}>
                {row.label}
              </th>
              <td className="num">{drinks(row.value)}</td>
              <td>{isAbove(row.value, props.limit) ? `▲ ${t('status.above')}` : t('charts.withinLimit')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
