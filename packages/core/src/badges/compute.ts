import type { IsoDate } from '../calendar/date.js';
import { addDays, compareIsoDates, datesBetween, isoDate } from '../calendar/date.js';
import { DAYS_PER_WEEK, weekStart } from '../calendar/week.js';
import type { DayRecord, DiaryDays } from '../diary/dayStatus.js';
import { dayRecords, isFilled } from '../diary/dayStatus.js';
import { evaluateGoalWeek } from '../goals/evaluateWeek.js';
import type { Goal } from '../goals/goal.js';
import { requireFiniteInRange } from '../quantity.js';
import type { AbruptStopContext } from './abruptStop.js';
import { heldDrinkFreeDays } from './abruptStop.js';
import type { BadgeDefinition, BadgeFamily } from './catalogue.js';
import { BADGE_FAMILIES, BADGE_LEVELS, badgeId } from './catalogue.js';

/** A goal as stored: in force from the week starting `startsOn` until a newer one starts. */
export interface BadgeGoal {
  readonly startsOn: string;
  readonly goal: Goal;
}

/** What badges read of a craving log. */
export interface BadgeCraving {
  readonly date: string;
  readonly drank: boolean;
}

/** More days than any programme has (the longest is a month): a larger count is corrupt data. */
export const MAX_PROGRAMME_DAYS = 366;

/** Programme progress as the programmes store keeps it (one record per programme started). */
export interface BadgeProgrammeProgress {
  readonly programmeId: string;
  /** Days of the programme done so far. */
  readonly daysDone: number;
  /** The day the last programme day was done; absent while unfinished. */
  readonly completedOn?: string;
}

export interface BadgeInput extends DiaryDays, Partial<AbruptStopContext> {
  /** The person's calendar day: nothing after it counts. */
  readonly today: string;
  readonly goals?: readonly BadgeGoal[];
  readonly cravings?: readonly BadgeCraving[];
  readonly programmes?: readonly BadgeProgrammeProgress[];
}

export interface EarnedBadge extends BadgeDefinition {
  /** The day the count reached the level, when known. */
  readonly earnedOn?: IsoDate;
}

export interface BadgeFamilyProgress {
  readonly family: BadgeFamily;
  readonly count: number;
  /** The next level's count; absent once every level is earned. */
  readonly next?: number;
}

export interface BadgeSummary {
  /** Earned badges, family by family, lowest level first. */
  readonly earned: readonly EarnedBadge[];
  readonly progress: readonly BadgeFamilyProgress[];
  /** Some drink-free days are not celebrated because they look like an abrupt stop (abruptStop.ts). */
  readonly drinkFreeDaysHeld: boolean;
}

/** Days on which a running count went up, oldest first: the k-th date is when the count reached k. */
type Milestones = readonly (IsoDate | undefined)[];

function drinkFreeMilestones(records: readonly DayRecord[], held: ReadonlySet<IsoDate>): Milestones {
  return records
    .filter((record) => record.status === 'drink-free' && !held.has(record.date))
    .map((record) => record.date);
}

/** The k-th date is the first day a run of filled days reached k days. */
function streakMilestones(records: readonly DayRecord[]): Milestones {
  const reached: IsoDate[] = [];
  let run = 0;
  for (const record of records) {
    run = isFilled(record) ? run + 1 : 0;
    if (run > reached.length) reached.push(record.date);
  }
  return reached;
}

function goalFor(goals: readonly BadgeGoal[], monday: IsoDate): Goal | undefined {
  const started = goals.filter((goal) => isoDate(goal.startsOn) <= monday);
  return started.sort((a, b) => compareIsoDates(isoDate(a.startsOn), isoDate(b.startsOn))).at(-1)?.goal;
}

function goalWeekMilestones(input: BadgeInput, today: IsoDate, held: ReadonlySet<IsoDate>): Milestones {
  const firstStart = input.goals
    ?.map((goal) => isoDate(goal.startsOn))
    .sort(compareIsoDates)
    .at(0);
  if (firstStart === undefined) return [];
  const reached: IsoDate[] = [];
  for (let monday = weekStart(firstStart); ; monday = addDays(monday, DAYS_PER_WEEK)) {
    const sunday = addDays(monday, DAYS_PER_WEEK - 1);
    if (sunday > today) break;
    const goal = goalFor(input.goals ?? [], monday);
    if (goal === undefined) continue;
    const week = evaluateGoalWeek(goal, { ...input, weekStart: monday, today });
    if (week.status === 'achieved' && week.days.every((day) => !held.has(day.date))) reached.push(sunday);
  }
  return reached;
}

function cravingMilestones(cravings: readonly BadgeCraving[], today: IsoDate): Milestones {
  return cravings
    .filter((craving) => !craving.drank)
    .map((craving) => isoDate(craving.date))
    .filter((date) => date <= today)
    .sort(compareIsoDates);
}

function programmeMilestones(programmes: readonly BadgeProgrammeProgress[]): {
  days: Milestones;
  completions: Milestones;
} {
  const daysDone = programmes.reduce(
    (sum, programme) =>
      sum + requireFiniteInRange('daysDone', programme.daysDone, { max: MAX_PROGRAMME_DAYS, integer: true }),
    0,
  );
  return {
    days: Array.from({ length: daysDone }, (): IsoDate | undefined => undefined),
    completions: programmes
      .flatMap((programme) => (programme.completedOn === undefined ? [] : [isoDate(programme.completedOn)]))
      .sort(compareIsoDates),
  };
}

function earliestDay(input: BadgeInput, today: IsoDate): IsoDate {
  const days = [...input.entries.map((entry) => entry.date), ...(input.drinkFreeDays ?? [])].filter(
    (date) => date <= today,
  );
  return days.sort(compareIsoDates).at(0) ?? today;
}

/**
 * Every badge earned so far and the progress to the next level of each family, recomputed from the diary,
 * goals, cravings and programme progress (so it survives an export and an import). Nothing after `today`
 * counts.
 * @throws InvalidDateError for an invalid `today`, goal start, craving or completion day;
 * InvalidQuantityError for a programme's days done that is not a whole number from 0 to 366.
 */
export function computeBadges(input: BadgeInput): BadgeSummary {
  const today = isoDate(input.today);
  const records = dayRecords(input, datesBetween(earliestDay(input, today), today));
  const held = heldDrinkFreeDays(records, {
    dependenceSignals: input.dependenceSignals ?? false,
    safetyCleared: input.safetyCleared ?? false,
  });
  const programmes = programmeMilestones(input.programmes ?? []);
  const milestones: Readonly<Record<BadgeFamily, Milestones>> = {
    'drink-free-days': drinkFreeMilestones(records, held),
    'goal-weeks': goalWeekMilestones(input, today, held),
    'diary-streak': streakMilestones(records),
    'programme-days': programmes.days,
    'programme-completions': programmes.completions,
    'cravings-overcome': cravingMilestones(input.cravings ?? [], today),
  };
  const earned: EarnedBadge[] = [];
  const progress: BadgeFamilyProgress[] = [];
  for (const family of BADGE_FAMILIES) {
    const reached = milestones[family];
    const levels = BADGE_LEVELS[family];
    levels.forEach((count, index) => {
      if (reached.length < count) return;
      const earnedOn = reached[count - 1];
      const badge = { id: badgeId(family, count), family, level: index + 1, count };
      earned.push(earnedOn === undefined ? badge : { ...badge, earnedOn });
    });
    const next = levels.find((count) => count > reached.length);
    progress.push(
      next === undefined ? { family, count: reached.length } : { family, count: reached.length, next },
    );
  }
  return { earned, progress, drinkFreeDaysHeld: held.size > 0 };
}

/** Earned badges the person has not seen yet (`seenIds`: the badgeViews store), for the gentle notice. */
export function unseenBadges(earned: readonly EarnedBadge[], seenIds: Iterable<string>): EarnedBadge[] {
  const seen = new Set(seenIds);
  return earned.filter((badge) => !seen.has(badge.id));
}
