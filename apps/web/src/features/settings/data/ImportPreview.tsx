import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MergePlan } from './mergePlan.js';

/** What the file holds and what is new, before anything is written. */
export function ImportPreview(props: {
  readonly plan: MergePlan;
  readonly skipped: number;
  readonly ignoredKeys: readonly string[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { counts } = props.plan;
  const rows = [
    { key: 'entries', label: t('data.previewEntries'), count: counts.entries },
    { key: 'days', label: t('data.previewDays'), count: counts.days },
    { key: 'screenings', label: t('data.previewScreenings'), count: counts.screenings },
    { key: 'goals', label: t('data.previewGoals'), count: counts.goals },
    { key: 'customDrinks', label: t('data.previewCustomDrinks'), count: counts.customDrinks },
  ].filter((row) => row.count.inFile > 0);
  const nothingNew = rows.every((row) => row.count.added === 0);
  return (
    <div className="notice" role="region" aria-label={t('data.previewTitle')}>
      <h3>{t('data.previewTitle')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('data.previewWhat')}</th>
            <th scope="col" className="num">
              {t('data.previewInFile')}
            </th>
            <th scope="col" className="num">
              {t('data.previewNew')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={{ fontWeight: 400 }}>
                {row.label}
              </th>
              <td className="num">{row.count.inFile}</td>
              <td className="num">{row.count.added}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.skipped > 0 ? (
        <p className="small">{t('data.previewSkipped', { count: props.skipped })}</p>
      ) : null}
      {props.ignoredKeys.length > 0 ? (
        <p className="small muted">{t('data.previewIgnored', { keys: props.ignoredKeys.join(', ') })}</p>
      ) : null}
      <p className="small">{nothingNew ? t('data.previewNothingNew') : t('data.previewMerge')}</p>
      <div className="row">
        <button
          type="button"
          className="button button-primary"
          disabled={nothingNew}
          onClick={props.onConfirm}
        >
          {t('data.confirmImport')}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
