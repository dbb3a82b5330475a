import { addDays } from '../calendar/date.js';
import { weekdayIndex } from '../calendar/week.js';
import { instantOfLocalTime, isKnownTimeZone, localDateOf, wallTimeParts } from '../calendar/zoned.js';
import { InvalidReminderScheduleError } from '../errors.js';

/*
 * When a reminder is due. A reminder is a wall-clock time on chosen weekdays in the person's time zone
 * ("20:00 on Mondays and Thursdays, Europe/Paris"): the instant is recomputed from that for every day, so the
 * reminder stays at 20:00 across daylight-saving changes instead of drifting by an hour.
 * Pure: the caller passes the instants (the server's clock), the zone comes from the device.
 */

/** ISO weekdays, Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

export interface ReminderSchedule {
  readonly weekdays: readonly IsoWeekday[];
  /** Local wall-clock time 'HH:MM'. */
  readonly time: string;
  /** IANA time zone of the person's device ('Europe/Paris'). */
  readonly timeZone: string;
}

/**
 * Default time of a reminder: 20:00 every day.
 * Source: Bell L, Garnett C, Bao Y et al., "How Notifications Affect Engagement With a Behavior Change App:
 * Results From a Micro-Randomized Trial", JMIR mHealth uHealth 2023;11:e38342 (Drink Less, UCL) — a
 * notification at 20:00 made opening the app in the next hour 3.5 times as likely —
 * https://mhealth.jmir.org/2023/1/e38342 (see docs/clinical-rules.md, reminders).
 */
export const DEFAULT_REMINDER_TIME = '20:00';

/**
 * How late a reminder may still be sent. Past this (the server was down, say), it is skipped and the next one
 * is scheduled: a "note your day" nudge hours late, or several at once after an outage, is noise that makes
 * people turn reminders off. Half an hour keeps a short restart harmless.
 */
export const REMINDER_LATE_TOLERANCE_MS = 30 * 60_000;

const MAX_DAYS_AHEAD = 8;

/** @throws InvalidReminderScheduleError for no weekday, a repeated or unknown weekday, a bad time or zone. */
export function validateReminderSchedule(schedule: ReminderSchedule): ReminderSchedule {
  const { weekdays, time, timeZone } = schedule;
  if (weekdays.length === 0)
    throw new InvalidReminderScheduleError('no-weekday', 'needs at least one weekday');
  if (weekdays.some((day) => !ISO_WEEKDAYS.includes(day)) || new Set(weekdays).size !== weekdays.length) {
    throw new InvalidReminderScheduleError(
      'bad-weekday',
      'weekdays must be distinct numbers 1 (Monday) to 7',
    );
  }
  try {
    wallTimeParts(time);
  } catch {
    throw new InvalidReminderScheduleError('bad-time', `${JSON.stringify(time)} is not a 'HH:MM' time`);
  }
  if (!isKnownTimeZone(timeZone)) {
    throw new InvalidReminderScheduleError(
      'bad-time-zone',
      `${JSON.stringify(timeZone)} is not a known time zone`,
    );
  }
  return schedule;
}

/**
 * The first instant strictly after `afterMs` at which the reminder is due: the chosen time, on a chosen
 * weekday of the person's calendar (see instantOfLocalTime for the daylight-saving rules).
 * @throws InvalidReminderScheduleError for an invalid schedule.
 */
export function nextReminderAt(schedule: ReminderSchedule, afterMs: number): number {
  validateReminderSchedule(schedule);
  // From the day before, in case the zone's calendar day starts later than the instant's.
  const start = addDays(localDateOf(afterMs, schedule.timeZone), -1);
  for (let offset = 0; offset <= MAX_DAYS_AHEAD; offset += 1) {
    const date = addDays(start, offset);
    const weekday = (weekdayIndex(date) + 1) as IsoWeekday;
    if (!schedule.weekdays.includes(weekday)) continue;
    const instant = instantOfLocalTime(date, schedule.time, schedule.timeZone);
    if (instant > afterMs) return instant;
  }
  // Unreachable for a valid schedule: each weekday comes within a week.
  throw new InvalidReminderScheduleError('no-weekday', 'no due day within a week');
}

/** What to do with a reminder found due: send it or skip it (too late), and when the next one is due. */
export interface DueReminderDecision {
  readonly send: boolean;
  readonly nextDueAt: number;
}

/**
 * Decides about a reminder that was due at `dueAtMs`, seen at `nowMs` (≥ dueAtMs): sent if at most
 * `toleranceMs` late, else skipped. Either way the next one is the first after now, so reminders missed during
 * an outage are never sent in a burst, and a reminder is never decided twice.
 */
export function settleDueReminder(
  schedule: ReminderSchedule,
  dueAtMs: number,
  nowMs: number,
  toleranceMs: number = REMINDER_LATE_TOLERANCE_MS,
): DueReminderDecision {
  const lateBy = nowMs - dueAtMs;
  return {
    send: lateBy >= 0 && lateBy <= toleranceMs,
    nextDueAt: nextReminderAt(schedule, Math.max(nowMs, dueAtMs)),
  };
}
