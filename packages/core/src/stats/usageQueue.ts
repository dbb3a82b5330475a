import { addDays, compareIsoDates, partsOf } from '../calendar/date.js';
import type { IsoDate } from '../calendar/date.js';
import { isoWeek } from '../calendar/week.js';
import type { AgeBand } from '../pathway/types.js';
import { usageKey } from './usageMetrics.js';
import type { UsageEvent } from './usageMetrics.js';

/*
 * The device's side of the anonymous counts (issue 12): counts wait on the device, by calendar day, and leave
 * at most once a day in one batch. Nothing here identifies the device: the state is only what is needed not to
 * count the same thing twice (first open, this week's and this month's activity).
 */

/** Days a count may wait for the network; older counts are dropped, never sent late in a burst. */
export const MAX_PENDING_DAYS = 7;
/** A counter never holds more than this on one day (a runaway loop must not distort the table). */
export const MAX_COUNT_PER_DAY = 50;

export interface UsageState {
  /** The first open was counted (once per installation). */
  readonly firstOpenCounted: boolean;
  /** ISO week ('2026-W49') of the last `active-week` count. */
  readonly lastActiveWeek: string | null;
  /** Month ('2026-12') of the last `active-month` count. */
  readonly lastActiveMonth: string | null;
  /** Day the last batch left; a new one leaves on a later day only. */
  readonly lastSentOn: IsoDate | null;
  /** Counts waiting to be sent: day → counter key → count. */
  readonly pending: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export const EMPTY_USAGE_STATE: UsageState = {
  firstOpenCounted: false,
  lastActiveWeek: null,
  lastActiveMonth: null,
  lastSentOn: null,
  pending: {},
};

/** What the person agreed to add to their monthly activity count (both optional, off by default). */
export interface StatisticsProfile {
  readonly ageBand: AgeBand | null;
  readonly sex: 'female' | 'male' | null;
}

/** Adds one occurrence of `event` on `day` (capped at MAX_COUNT_PER_DAY). */
export function countUsage(state: UsageState, event: UsageEvent, day: IsoDate): UsageState {
  const key = usageKey(event);
  const dayCounts = state.pending[day] ?? {};
  const next = Math.min((dayCounts[key] ?? 0) + 1, MAX_COUNT_PER_DAY);
  return { ...state, pending: { ...state.pending, [day]: { ...dayCounts, [key]: next } } };
}

function monthOf(day: IsoDate): string {
  const { year, month } = partsOf(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function weekOf(day: IsoDate): string {
  const week = isoWeek(day);
  return `${String(week.year)}-W${String(week.week).padStart(2, '0')}`;
}

/**
 * The app was opened on `day`: counts the first open once, this ISO week's and this month's activity once each;
 * the monthly count carries the age band and the sex only when `profile` gives them (the person agreed).
 */
export function countAppOpen(
  state: UsageState,
  day: IsoDate,
  profile: StatisticsProfile = { ageBand: null, sex: null },
): UsageState {
  let next = state;
  if (!next.firstOpenCounted) {
    next = { ...countUsage(next, { metric: 'first-open', dimension: null }, day), firstOpenCounted: true };
  }
  const week = weekOf(day);
  if (next.lastActiveWeek !== week) {
    next = { ...countUsage(next, { metric: 'active-week', dimension: null }, day), lastActiveWeek: week };
  }
  const month = monthOf(day);
  if (next.lastActiveMonth !== month) {
    next = { ...countUsage(next, { metric: 'active-month', dimension: null }, day), lastActiveMonth: month };
    if (profile.ageBand !== null) {
      next = countUsage(next, { metric: 'active-month-age', dimension: profile.ageBand }, day);
    }
    if (profile.sex !== null)
      next = countUsage(next, { metric: 'active-month-sex', dimension: profile.sex }, day);
  }
  return next;
}

/** One day of counts as it leaves the device. */
export interface UsageBatchDay {
  readonly day: IsoDate;
  readonly counts: Readonly<Record<string, number>>;
}

/** Drops the counts older than MAX_PENDING_DAYS before `today` (and any dated after it: a clock moved back). */
export function dropStaleUsage(state: UsageState, today: IsoDate): UsageState {
  const oldest = addDays(today, -MAX_PENDING_DAYS);
  const kept = Object.entries(state.pending).filter(
    ([day]) => day >= oldest && day <= today && Object.keys(state.pending[day] ?? {}).length > 0,
  );
  return { ...state, pending: Object.fromEntries(kept) };
}

/**
 * The batch to send today, or undefined when one already left today or nothing waits. The caller sends it and,
 * once the server acknowledged it, applies {@link markUsageSent}; if sending fails the state is unchanged and the
 * counts wait (until MAX_PENDING_DAYS).
 */
export function usageBatchDue(state: UsageState, today: IsoDate): readonly UsageBatchDay[] | undefined {
  if (state.lastSentOn !== null && compareIsoDates(state.lastSentOn, today) >= 0) return undefined;
  const fresh = dropStaleUsage(state, today);
  const days = Object.keys(fresh.pending).sort() as IsoDate[];
  if (days.length === 0) return undefined;
  return days.map((day) => ({ day, counts: fresh.pending[day] ?? {} }));
}

/** The batch was acknowledged: its counts leave the device, and nothing more is sent today. */
export function markUsageSent(state: UsageState, sent: readonly UsageBatchDay[], today: IsoDate): UsageState {
  const pending: Record<string, Record<string, number>> = {};
  for (const [day, counts] of Object.entries(state.pending)) {
    const sentCounts = sent.find((batchDay) => batchDay.day === day)?.counts ?? {};
    const left = Object.entries(counts)
      .map(([key, count]) => [key, count - (sentCounts[key] ?? 0)] as const)
      .filter(([, count]) => count > 0);
    if (left.length > 0) pending[day] = Object.fromEntries(left);
  }
  return dropStaleUsage({ ...state, pending, lastSentOn: today }, today);
}
