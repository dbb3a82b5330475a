import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MessageKey } from '../../../i18n/fr.js';
import type { ImportProblem } from './ozEnsemble/problems.js';

/** Days listed for one problem before « and N other days ». */
const DAYS_SHOWN = 5;

/** « Vin chaud · 11 octobre 2026 · volume illisible (« 1 grand verre ») »: drink, days, lines, why. */
function useProblemText(): (problem: ImportProblem) => string {
  const { t, day } = useI18n();
  return (problem) => {
    const shown = problem.dates
      .slice(0, DAYS_SHOWN)
      .map((date) => day(date, { day: 'numeric', month: 'long', year: 'numeric' }));
    const more = problem.dates.length - shown.length;
    const days = shown.join(', ') + (more > 0 ? ` ${t('oze.problemAndMore', { count: more })}` : '');
    const reason = `oze.reason.${problem.reason}` satisfies MessageKey;
    return [
      problem.drink,
      days,
      problem.lines > 1 ? t('oze.problemLines', { count: problem.lines }) : null,
      t(reason, { detail: problem.detail ?? '' }),
    ]
      .filter((part): part is string => part !== null && part !== '')
      .join(' · ');
  };
}

/**
 * The lines an import could not read, each named (drink, days, why). Those whose standard drinks the file
 * gives can be kept as a custom drink, if the person ticks them.
 */
export function ImportProblems(props: {
  readonly problems: readonly ImportProblem[];
  readonly kept: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
}): ReactNode {
  const { t, drinks } = useI18n();
  const textOf = useProblemText();
  const lines = props.problems.reduce((sum, problem) => sum + problem.lines, 0);
  if (lines === 0) return null;
  return (
    <div className="stack" role="group" aria-labelledby="import-problems-title">
      <h4 id="import-problems-title">{t('oze.problemsTitle', { count: lines })}</h4>
      <p className="small muted">{t('oze.problemsHint')}</p>
      <ul className="list">
        {props.problems.map((problem) => (
          <li key={problem.id} className="small">
            <span>{textOf(problem)}</span>
            {problem.keep === null ? null : (
              <label className="choice">
                <input
                  type="checkbox"
                  checked={props.kept.has(problem.id)}
                  onChange={() => props.onToggle(problem.id)}
                />
                {t('oze.keep', {
                  count: problem.keep.standardDrinksPerServing,
                  drinks: drinks(problem.keep.standardDrinksPerServing),
                })}
              </label>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
