import {
  createGoal,
  programmeWeek,
  proposeWeeklyGoal,
  recentWeeklyAverage,
  REDUCTION_PROGRAMME_WEEKS,
  WEEKDAYS,
  weekStart,
  type Programme,
  type WeeklyGoalProposal,
} from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../../app/clock.js';
import { useToast } from '../../../app/Toast.js';
import { runWrite } from '../../../app/useWrite.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useStored } from '../../../storage/changes.js';
import { newId, nowIso } from '../../../storage/ids.js';
import type { ProgrammeRunRecord } from '../../../storage/programmes.js';
import { allDays, allEntries, allGoals, saveGoal } from '../../../storage/repositories.js';
import { DecimalField, parseDecimal } from '../../../ui/DecimalField.js';
import { diaryOf } from '../../diary/model.js';
import { BeforeDeepCut } from '../../safety/BeforeDeepCut.js';
import { recordWeeklyGoal } from '../model.js';
import { useProgrammeText } from '../messages.js';

/** The programme week a goal day sets (a month's break sets its « after » goal as a last week). */
function goalWeek(day: number): number {
  return Math.min(programmeWeek(day), REDUCTION_PROGRAMME_WEEKS);
}

/** Standard drinks in the last complete week (Monday–Sunday), when at least 4 of its days are filled. */
async function lastWeek(): Promise<number | undefined> {
  const [entries, days] = await Promise.all([allEntries(), allDays()]);
  return recentWeeklyAverage(diaryOf(entries, days), today(), 1);
}

function proposalFor(
  programme: Programme,
  run: ProgrammeRunRecord,
  day: number,
  drunk: number | undefined,
): WeeklyGoalProposal {
  if (programme.kind === 'break') return { kind: 'no-baseline' };
  // « Premiers pas » sets one goal, in its first week; the reduction programme one each week.
  const week = goalWeek(day);
  const previous = run.weeklyGoals.find((goal) => goal.week === week - 1);
  return proposeWeeklyGoal({
    baseline: run.baseline,
    week,
    ...(previous === undefined
      ? {}
      : {
          previous: {
            goal: previous.maxStandardDrinksPerWeek,
            ...(drunk === undefined ? {} : { drunk }),
          },
        }),
  });
}

/**
 * « Set a goal »: Oz proposes the week's maximum (@oz/core proposeWeeklyGoal, never a deep cut), the person
 * may change it; a deep cut or a zero goal goes through the safety gate first (features/safety).
 */
export function GoalAction(props: {
  readonly programme: Programme;
  readonly run: ProgrammeRunRecord;
  readonly day: number;
  readonly onDone: () => void;
}): ReactNode {
  const drunk = useStored(lastWeek, 'programme-last-week');
  if (drunk.status === 'loading') return null;
  const proposal = proposalFor(props.programme, props.run, props.day, drunk.value);
  return <GoalForm {...props} proposal={proposal} />;
}

function GoalForm(props: {
  readonly programme: Programme;
  readonly run: ProgrammeRunRecord;
  readonly day: number;
  readonly proposal: WeeklyGoalProposal;
  readonly onDone: () => void;
}): ReactNode {
  const { number, drinks } = useI18n();
  const p = useProgrammeText();
  const toast = useToast();
  const { proposal } = props;
  const [text, setText] = useState(
    proposal.kind === 'proposal' ? number(proposal.maxStandardDrinksPerWeek) : '',
  );
  const [saved, setSaved] = useState<number | null>(null);
  const value = parseDecimal(text);
  const valid = value !== undefined && Number.isFinite(value) && value >= 0 && value <= 500;

  const save = async (maxPerWeek: number): Promise<void> => {
    const [current] = await allGoals();
    const keepFreeDays = current !== undefined && current.drinkFreeWeekdays.length < WEEKDAYS.length;
    const goal = createGoal({
      maxStandardDrinksPerWeek: maxPerWeek,
      maxStandardDrinksPerDrinkingDay: Math.min(
        maxPerWeek,
        current?.maxStandardDrinksPerDrinkingDay ?? maxPerWeek,
      ),
      drinkFreeWeekdays: maxPerWeek === 0 ? WEEKDAYS : keepFreeDays ? current.drinkFreeWeekdays : [],
    });
    const on = today();
    const written = await runWrite(async () => {
      await saveGoal({ ...goal, id: newId(), startsOn: weekStart(on), createdAt: nowIso() });
      await recordWeeklyGoal(props.run, {
        week: goalWeek(props.day),
        maxStandardDrinksPerWeek: maxPerWeek,
        setOn: on,
      });
    });
    if (!written.ok) return;
    setSaved(maxPerWeek);
    toast.show(p('goal.saved', { count: maxPerWeek }));
    props.onDone();
  };

  const intro = ((): string => {
    switch (proposal.kind) {
      case 'proposal':
        return proposal.held
          ? p('goal.held')
          : p('goal.proposal', {
              count: proposal.maxStandardDrinksPerWeek,
              baseline: drinks(props.run.baseline ?? 0),
            });
      case 'already-low':
        return p('goal.alreadyLow');
      case 'no-baseline':
        return props.programme.kind === 'break' ? p('goal.prompt') : p('goal.noBaseline');
    }
  })();

  return (
    <div>
      <p>{intro}</p>
      <DecimalField id="programme-goal" label={p('goal.label')} value={text} onChange={setText} />
      {valid && proposal.kind === 'proposal' && value < proposal.lowestWithoutSafetyGate ? (
        <p className="notice notice-caution">{p('goal.deepCut')}</p>
      ) : null}
      {!valid && text.trim() !== '' ? (
        <p className="notice notice-error" role="alert">
          {p('goal.invalid')}
        </p>
      ) : null}
      {valid && saved !== value ? (
        <BeforeDeepCut
          plan={{ kind: 'weekly-limit', maxStandardDrinksPerWeek: value }}
          proceedLabel={p('goal.save')}
          onProceed={() => save(value)}
        />
      ) : null}
      {saved === null ? null : (
        <p className="notice notice-success" aria-live="polite">
          {p('goal.done', { count: saved })}
        </p>
      )}
    </div>
  );
}
