import {
  IMPACT_TARGET_PERIODS,
  type ImpactReport,
  type ImpactTargets,
  type PublishedCountDto,
} from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { ProTable } from '../shell/ProTable.js';
import { countText, monthText } from './published.js';

type Targets = NonNullable<ImpactReport['targets']>;

/** The pilot's « targets vs results » table and its 3-year ratios; platform admins edit the targets below it. */
export function TargetsSection(props: {
  readonly targets: Targets;
  readonly onSaved: () => void;
}): ReactNode {
  const i18n = useProI18n();
  const { t, number, locale } = i18n;
  const { settings, rows, threeYear } = props.targets;
  const percent = (result: PublishedCountDto, target: number): string =>
    'value' in result && target > 0
      ? t('impact.ofTarget', { percent: `${number(Math.round((result.value / target) * 100))} %` })
      : '';
  const ratio = (value: number | null): string =>
    value === null ? t('impact.ratioUnknown') : number(Math.round(value * 10) / 10);
  return (
    <section aria-labelledby="impact-targets">
      <h2 id="impact-targets">{t('impact.targetsTitle')}</h2>
      <p>{t('impact.targetsIntro', { start: monthText(settings.programmeStart, locale) })}</p>
      <ProTable
        caption={t('impact.targetsTitle')}
        columns={[
          t('impact.period'),
          t('impact.usersTarget'),
          t('impact.usersResult'),
          t('impact.patientsTarget'),
          t('impact.patientsResult'),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.period}>
            <th scope="row">
              {t(`impact.period.${row.period}`)} {row.complete ? '' : `(${t('impact.inProgress')})`}
            </th>
            <td>{number(row.users.target)}</td>
            <td>
              {countText(row.users.result, i18n)} {percent(row.users.result, row.users.target)}
            </td>
            <td>{number(row.patients.target)}</td>
            <td>
              {countText(row.patients.result, i18n)} {percent(row.patients.result, row.patients.target)}
            </td>
          </tr>
        ))}
      </ProTable>
      <h3>{t('impact.threeYearTitle')}</h3>
      <p>
        {threeYear.comparedYear > 1
          ? t('impact.threeYear', {
              year: threeYear.comparedYear,
              users: ratio(threeYear.users.ratio),
              usersAim: number(threeYear.users.aim),
              patients: ratio(threeYear.patients.ratio),
              patientsAim: number(threeYear.patients.aim),
            })
          : t('impact.threeYearWaiting', {
              usersAim: number(threeYear.users.aim),
              patientsAim: number(threeYear.patients.aim),
            })}
      </p>
      <TargetsForm settings={settings} onSaved={props.onSaved} />
    </section>
  );
}

function TargetsForm(props: { readonly settings: ImpactTargets; readonly onSaved: () => void }): ReactNode {
  const { t } = useProI18n();
  const [draft, setDraft] = useState(props.settings);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const targetOf = (period: (typeof IMPACT_TARGET_PERIODS)[number]) =>
    draft.targets.find((target) => target.period === period) ?? { period, users: 0, patients: 0 };
  const setTarget = (
    period: (typeof IMPACT_TARGET_PERIODS)[number],
    field: 'users' | 'patients',
    value: number,
  ) =>
    setDraft({
      ...draft,
      targets: IMPACT_TARGET_PERIODS.map((each) =>
        each === period ? { ...targetOf(each), [field]: value } : targetOf(each),
      ).filter((target) => target.users > 0 || target.patients > 0),
    });
  return (
    <details className="impact-edit">
      <summary>{t('impact.editTargets')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          setSaved(false);
          api.saveImpactTargets(draft).then(() => {
            setSaved(true);
            props.onSaved();
          }, setError);
        }}
      >
        <div className="field">
          <label htmlFor="impact-start">{t('impact.programmeStart')}</label>
          <input
            id="impact-start"
            type="month"
            required
            value={draft.programmeStart}
            onChange={(event) => setDraft({ ...draft, programmeStart: event.target.value })}
          />
        </div>
        {IMPACT_TARGET_PERIODS.map((period) => (
          <fieldset key={period}>
            <legend>{t(`impact.period.${period}`)}</legend>
            {(['users', 'patients'] as const).map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`impact-${period}-${field}`}>
                  {t(field === 'users' ? 'impact.usersTarget' : 'impact.patientsTarget')}
                </label>
                <input
                  id={`impact-${period}-${field}`}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={targetOf(period)[field]}
                  onChange={(event) =>
                    setTarget(period, field, Math.max(0, Math.trunc(Number(event.target.value))))
                  }
                />
              </div>
            ))}
          </fieldset>
        ))}
        {(['users', 'patients'] as const).map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`impact-aim-${field}`}>
              {t(field === 'users' ? 'impact.aimUsers' : 'impact.aimPatients')}
            </label>
            <input
              id={`impact-aim-${field}`}
              type="number"
              min={0}
              step={0.5}
              value={draft.threeYearAim[field]}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  threeYearAim: { ...draft.threeYearAim, [field]: Math.max(0, Number(event.target.value)) },
                })
              }
            />
          </div>
        ))}
        {error === null ? null : <ApiErrorNotice error={error} />}
        {saved ? (
          <p role="status" className="notice">
            {t('impact.targetsSaved')}
          </p>
        ) : null}
        <button type="submit" className="button button-primary">
          {t('impact.saveTargets')}
        </button>
      </form>
    </details>
  );
}
