import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayIndex } from '../calendar/week.js';
import { localDateOf, localTimeOf } from '../calendar/zoned.js';
import { InvalidReminderScheduleError } from '../errors.js';
import type { IsoWeekday, ReminderSchedule } from './schedule.js';
import {
  ISO_WEEKDAYS,
  REMINDER_LATE_TOLERANCE_MS,
  nextReminderAt,
  settleDueReminder,
  validateReminderSchedule,
} from './schedule.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const EVERY_DAY = ISO_WEEKDAYS;
const paris = (time: string, weekdays: readonly IsoWeekday[] = EVERY_DAY): ReminderSchedule => ({
  weekdays,
  time,
  timeZone: 'Europe/Paris',
});
const newYork = (time: string, weekdays: readonly IsoWeekday[] = EVERY_DAY): ReminderSchedule => ({
  weekdays,
  time,
  timeZone: 'America/New_York',
});
const iso = (ms: number): string => new Date(ms).toISOString();

describe('nextReminderAt', () => {
  it.each([
    // Paris, winter (UTC+1): 20:00 is 19:00 UTC.
    {
      name: 'Paris winter',
      s: paris('20:00'),
      after: '2026-03-28T12:00:00Z',
      due: '2026-03-28T19:00:00.000Z',
    },
    // Due exactly now: the next one, not this one again.
    {
      name: 'Paris, at the due instant',
      s: paris('20:00'),
      after: '2026-03-28T19:00:00Z',
      due: '2026-03-29T18:00:00.000Z',
    },
    // Spring change on Sunday 29 March 2026: 20:00 summer time is 18:00 UTC, still 20:00 locally.
    {
      name: 'Paris across spring change',
      s: paris('20:00'),
      after: '2026-03-28T19:30:00Z',
      due: '2026-03-29T18:00:00.000Z',
    },
    // 02:30 does not exist on 29 March 2026 in Paris: moved forward by the gap, 03:30 summer time.
    {
      name: 'Paris, skipped time',
      s: paris('02:30'),
      after: '2026-03-28T12:00:00Z',
      due: '2026-03-29T01:30:00.000Z',
    },
    // Autumn change on Sunday 25 October 2026: 02:30 happens twice; the earlier (summer time) is used…
    {
      name: 'Paris, repeated time',
      s: paris('02:30'),
      after: '2026-10-24T12:00:00Z',
      due: '2026-10-25T00:30:00.000Z',
    },
    // …and once: the second 02:30 (winter time, 01:30 UTC) is not due again.
    {
      name: 'Paris, repeated time once',
      s: paris('02:30'),
      after: '2026-10-25T00:30:00Z',
      due: '2026-10-26T01:30:00.000Z',
    },
    {
      name: 'Paris across autumn change',
      s: paris('20:00'),
      after: '2026-10-24T18:00:00Z',
      due: '2026-10-25T19:00:00.000Z',
    },
    // New York: EST (UTC−5) until Sunday 8 March 2026, EDT (UTC−4) until Sunday 1 November 2026.
    {
      name: 'New York winter',
      s: newYork('20:00'),
      after: '2026-03-07T12:00:00Z',
      due: '2026-03-08T01:00:00.000Z',
    },
    {
      name: 'New York across spring change',
      s: newYork('20:00'),
      after: '2026-03-08T01:00:00Z',
      due: '2026-03-09T00:00:00.000Z',
    },
    {
      name: 'New York, skipped time',
      s: newYork('02:30'),
      after: '2026-03-08T00:00:00Z',
      due: '2026-03-08T07:30:00.000Z',
    },
    {
      name: 'New York, repeated time',
      s: newYork('01:30'),
      after: '2026-10-31T12:00:00Z',
      due: '2026-11-01T05:30:00.000Z',
    },
    {
      name: 'New York, repeated time once',
      s: newYork('01:30'),
      after: '2026-11-01T05:30:00Z',
      due: '2026-11-02T06:30:00.000Z',
    },
    {
      name: 'New York across autumn change',
      s: newYork('20:00'),
      after: '2026-11-01T00:00:00Z',
      due: '2026-11-02T01:00:00.000Z',
    },
    // Chosen weekdays: Monday and Thursday; Tuesday 3 March 2026 → Thursday 5 March.
    {
      name: 'weekdays',
      s: paris('08:15', [1, 4]),
      after: '2026-03-03T10:00:00Z',
      due: '2026-03-05T07:15:00.000Z',
    },
    // Sunday only, seen on a Sunday evening after the time: a week later.
    {
      name: 'a week ahead',
      s: paris('20:00', [7]),
      after: '2026-06-07T19:00:00Z',
      due: '2026-06-14T18:00:00.000Z',
    },
    // The person's calendar day, not UTC's: 23:30 UTC Saturday is already Sunday 00:30 in Paris.
    {
      name: 'local day',
      s: paris('00:45', [7]),
      after: '2026-01-03T23:30:00Z',
      due: '2026-01-03T23:45:00.000Z',
    },
  ])('$name', ({ s, after, due }) => {
    expect(iso(nextReminderAt(s, Date.parse(after)))).toBe(due);
  });

  it.each([
    [{ weekdays: [], time: '20:00', timeZone: 'Europe/Paris' }, 'no-weekday'],
    [{ weekdays: [1, 1], time: '20:00', timeZone: 'Europe/Paris' }, 'bad-weekday'],
    [{ weekdays: [8 as IsoWeekday], time: '20:00', timeZone: 'Europe/Paris' }, 'bad-weekday'],
    [{ weekdays: [1], time: '24:00', timeZone: 'Europe/Paris' }, 'bad-time'],
    [{ weekdays: [1], time: '8:00', timeZone: 'Europe/Paris' }, 'bad-time'],
    [{ weekdays: [1], time: '20:00', timeZone: 'Mars/Olympus' }, 'bad-time-zone'],
    [{ weekdays: [1], time: '20:00', timeZone: '' }, 'bad-time-zone'],
  ] as const)('refuses %j (%s)', (schedule, code) => {
    expect(() => validateReminderSchedule(schedule)).toThrow(InvalidReminderScheduleError);
    expect(() => nextReminderAt(schedule, 0)).toThrow(expect.objectContaining({ code }));
  });
});

describe('settleDueReminder', () => {
  const due = Date.parse('2026-03-28T19:00:00Z');
  it.each([
    { name: 'on time', now: due, send: true, next: '2026-03-29T18:00:00.000Z' },
    { name: 'a few minutes late', now: due + 5 * MINUTE, send: true, next: '2026-03-29T18:00:00.000Z' },
    {
      name: 'at the tolerance',
      now: due + REMINDER_LATE_TOLERANCE_MS,
      send: true,
      next: '2026-03-29T18:00:00.000Z',
    },
    {
      name: 'past the tolerance',
      now: due + REMINDER_LATE_TOLERANCE_MS + 1,
      send: false,
      next: '2026-03-29T18:00:00.000Z',
    },
    // Server down three days: one skip, and the next is tomorrow evening — no burst of three reminders.
    {
      name: 'after a long outage',
      now: due + 3 * DAY + 2 * HOUR,
      send: false,
      next: '2026-04-01T18:00:00.000Z',
    },
  ])('$name', ({ now, send, next }) => {
    const decision = settleDueReminder(paris('20:00'), due, now);
    expect(decision.send).toBe(send);
    expect(iso(decision.nextDueAt)).toBe(next);
  });
});

const zones = fc.constantFrom('Europe/Paris', 'America/New_York', 'Indian/Reunion', 'Australia/Lord_Howe');
const times = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const weekdaySets = fc.uniqueArray(fc.constantFrom(...ISO_WEEKDAYS), { minLength: 1, maxLength: 7 });
const schedules = fc.record({ weekdays: weekdaySets, time: times, timeZone: zones });
// 2020–2035, to the second.
const instants = fc.integer({ min: 1_577_836_800, max: 2_082_758_400 }).map((seconds) => seconds * 1000);

describe('properties', () => {
  it('the next reminder is after the instant, within 8 days, on a chosen weekday, at the time unless skipped by DST', () => {
    fc.assert(
      fc.property(schedules, instants, (schedule, after) => {
        const next = nextReminderAt(schedule, after);
        expect(next).toBeGreaterThan(after);
        expect(next - after).toBeLessThanOrEqual(8 * DAY);
        const weekday = weekdayIndex(localDateOf(next, schedule.timeZone)) + 1;
        expect(schedule.weekdays).toContain(weekday);
        const shown = localTimeOf(next, schedule.timeZone);
        // Only a time skipped by a clock change (at most 1 h here) shows later than chosen.
        if (shown !== schedule.time) {
          const [h = 0, m = 0] = shown.split(':').map(Number);
          const [sh = 0, sm = 0] = schedule.time.split(':').map(Number);
          expect(h * 60 + m - (sh * 60 + sm)).toBeGreaterThan(0);
          expect(h * 60 + m - (sh * 60 + sm)).toBeLessThanOrEqual(60);
        }
      }),
    );
  });

  it('no reminder is skipped or repeated: any instant between two reminders leads to the same next one', () => {
    fc.assert(
      fc.property(schedules, instants, fc.double({ min: 0, max: 1, noNaN: true }), (schedule, after, f) => {
        const next = nextReminderAt(schedule, after);
        const between = after + Math.floor((next - 1 - after) * f);
        expect(nextReminderAt(schedule, between)).toBe(next);
      }),
    );
  });

  it('a settled reminder is never due again, and at most one is sent per due instant', () => {
    fc.assert(
      fc.property(schedules, instants, fc.integer({ min: 0, max: 5 * DAY }), (schedule, after, lateBy) => {
        const due = nextReminderAt(schedule, after);
        const decision = settleDueReminder(schedule, due, due + lateBy);
        expect(decision.send).toBe(lateBy <= REMINDER_LATE_TOLERANCE_MS);
        expect(decision.nextDueAt).toBeGreaterThan(due + lateBy);
      }),
    );
  });
});
