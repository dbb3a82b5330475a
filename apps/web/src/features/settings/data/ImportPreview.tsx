import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MergePlan } from './mergePlan.js';
import { ImportProblems } from './ImportProblems.js';
import type { ImportProblem } from './ozEnsemble/problems.js';
import type { ImportFact } from './ozEnsemble/profile.js';

function FactText({ fact }: { readonly fact: ImportFact }): ReactNode {
  const { t, drinks } = useI18n();
  switch (fact.kind) {
    case 'typical-week':
      return fact.missing.length === 0
        ? t('oze.factTypicalWeek', { drinks: drinks(fact.standardDrinks) })
        : t('oze.factTypicalWeekPartial', {
            drinks: drinks(fact.standardDrinks),
            missing: fact.missing.join(', '),
          });
    case 'age-band':
      return t('oze.factAgeBand', { band: t(`profile.age.${fact.band}`) });
    case 'age-unmapped':
      return t('oze.factAgeUnmapped', { bracket: fact.bracket });
    case 'quick-test':
      return fact.total === null
        ? t('oze.factQuickTestLabelOnly', { level: t(`oze.level.${fact.level}`) })
        : t('oze.factQuickTest', { total: fact.total, level: t(`oze.level.${fact.level}`) });
  }
}

/** What the file holds and what is new, what could not be read, before anything is written. */
export function ImportPreview(props: {
  readonly plan: MergePlan;
  readonly problems: readonly ImportProblem[];
  readonly facts: readonly ImportFact[];
  readonly ignoredKeys: readonly string[];
  readonly kept: ReadonlySet<string>;
  readonly onToggleKept: (id: string) => void;
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
    { key: 'cravings', label: t('data.previewCravings'), count: counts.cravings },
    { key: 'plans', label: t('data.previewPlans'), count: counts.plans },
    { key: 'motivation', label: t('data.previewMotivation'), count: counts.motivation },
    { key: 'rulers', label: t('data.previewRulers'), count: counts.rulers },
    { key: 'wellbeing', label: t('data.previewWellbeing'), count: counts.wellbeing },
    { key: 'programmeRuns', label: t('data.previewProgrammeRuns'), count: counts.programmeRuns },
  ].filter((row) => row.count.inFile > 0);
  const nothingNew = rows.every((row) => row.count.added === 0) && props.kept.size === 0;
  return (
    <div className="notice stack" role="region" aria-label={t('data.previewTitle')}>
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
      {props.facts.length > 0 ? (
        <ul className="small">
          {props.facts.map((fact) => (
            <li key={fact.kind}>
              <FactText fact={fact} />
            </li>
          ))}
        </ul>
      ) : null}
      <ImportProblems problems={props.problems} kept={props.kept} onToggle={props.onToggleKept} />
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
