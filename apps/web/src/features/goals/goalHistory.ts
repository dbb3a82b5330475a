import { addDays, evaluateGoalWeek, weekStart, type GoalWeekEvaluation, type IsoDate } from '@oz/core';
import { allDays, allEntries, allGoals } from '../../storage/repositories.js';
import type { GoalRecord } from '../../storage/types.js';
import { diaryOf } from '../diary/model.js';

/** How many past weeks the history shows. */
const HISTORY_WEEKS = 12;

export interface GoalWeek {
  readonly goal: GoalRecord;
  readonly evaluation: GoalWeekEvaluation;
}

export interface GoalsState {
  readonly goals: readonly GoalRecord[];
  /** This week first, then earlier weeks, each evaluated by @oz/core against the goal then in force. */
  readonly weeks: readonly GoalWeek[];
}

/** The goal in force during the week starting `monday`: the newest one started on or before it. */
function goalFor(goals: readonly GoalRecord[], monday: IsoDate): GoalRecord | undefined {
  return goals.find((goal) => goal.startsOn <= monday);
}

export async function loadGoals(today: IsoDate): Promise<GoalsState> {
  const [goals, entries, days] = await Promise.all([allGoals(), allEntries(), allDays()]);
  const diary = diaryOf(entries, days);
  const current = weekStart(today);
  const weeks: GoalWeek[] = [];
  for (let index = 0; index < HISTORY_WEEKS; index += 1) {
    const monday = addDays(current, -7 * index);
    const goal = goalFor(goals, monday);
    if (goal === undefined) break;
    weeks.push({ goal, evaluation: evaluateGoalWeek(goal, { ...diary, weekStart: monday, today }) });
  }
  return { goals, weeks };
}
