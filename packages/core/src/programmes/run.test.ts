import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../calendar/date.js';
import { localDateOf } from '../calendar/zoned.js';
import type { ProgrammeRunState } from './run.js';
import {
  completeProgrammeDay,
  ProgrammeRunError,
  programmeProgress,
  startProgrammeRun,
  stopProgrammeRun,
} from './run.js';

const SEVEN = 7;

function doneThrough(days: readonly string[]): ProgrammeRunState {
  const [first = '2026-03-02'] = days;
  return days.reduce(
    (run, on, index) => completeProgrammeDay(run, SEVEN, index + 1, on),
    startProgrammeRun('premiers-pas', first),
  );
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return error instanceof ProgrammeRunError ? error.code : 'other';
  }
}

describe('programmeProgress: one day opens per calendar day', () => {
  it('opens day 1 on the start day, and day 2 only the next calendar day', () => {
    const started = startProgrammeRun('premiers-pas', '2026-03-02');
    expect(programmeProgress(started, SEVEN, '2026-03-02').openDay).toBe(1);
    const afterDay1 = completeProgrammeDay(started, SEVEN, 1, '2026-03-02');
    const sameDay = programmeProgress(afterDay1, SEVEN, '2026-03-02');
    expect(sameDay.openDay).toBeUndefined();
    expect(sameDay.nextDay).toEqual({ day: 2, opensOn: '2026-03-03' });
    expect(sameDay.days.map((day) => day.state)).toEqual([
      'done',
      'locked',
      'locked',
      'locked',
      'locked',
      'locked',
      'locked',
    ]);
    expect(programmeProgress(afterDay1, SEVEN, '2026-03-03').openDay).toBe(2);
  });

  it('refuses a locked, unknown or already done day', () => {
    const afterDay1 = doneThrough(['2026-03-02']);
    expect(codeOf(() => completeProgrammeDay(afterDay1, SEVEN, 2, '2026-03-02'))).toBe('day-locked');
    expect(codeOf(() => completeProgrammeDay(afterDay1, SEVEN, 3, '2026-03-05'))).toBe('day-locked');
    expect(codeOf(() => completeProgrammeDay(afterDay1, SEVEN, 1, '2026-03-05'))).toBe('day-already-done');
    expect(codeOf(() => completeProgrammeDay(afterDay1, SEVEN, 8, '2026-03-05'))).toBe('unknown-day');
    expect(codeOf(() => completeProgrammeDay(afterDay1, SEVEN, 0, '2026-03-05'))).toBe('unknown-day');
    expect(codeOf(() => completeProgrammeDay(afterDay1, SEVEN, 1.5, '2026-03-05'))).toBe('unknown-day');
    const stopped = stopProgrammeRun(afterDay1, '2026-03-04');
    expect(codeOf(() => completeProgrammeDay(stopped, SEVEN, 2, '2026-03-05'))).toBe('run-stopped');
    expect(programmeProgress(stopped, SEVEN, '2026-03-05').openDay).toBeUndefined();
  });

  it('refuses a day before the start (a clock set back)', () => {
    const started = startProgrammeRun('premiers-pas', '2026-03-02');
    expect(codeOf(() => completeProgrammeDay(started, SEVEN, 1, '2026-03-01'))).toBe('before-start');
    expect(programmeProgress(started, SEVEN, '2026-03-01').openDay).toBeUndefined();
  });

  it('resumes after a gap where the person left off, and says how long they were away', () => {
    const afterDay3 = doneThrough(['2026-03-02', '2026-03-03', '2026-03-04']);
    const back = programmeProgress(afterDay3, SEVEN, '2026-03-20');
    expect(back.openDay).toBe(4);
    expect(back.missedDays).toBe(15);
    expect(programmeProgress(afterDay3, SEVEN, '2026-03-05').missedDays).toBe(0);
    const resumed = completeProgrammeDay(afterDay3, SEVEN, 4, '2026-03-20');
    expect(programmeProgress(resumed, SEVEN, '2026-03-20').openDay).toBeUndefined();
    expect(programmeProgress(resumed, SEVEN, '2026-03-21').openDay).toBe(5);
  });

  it('finishes after the last day and opens nothing more', () => {
    const days = Array.from({ length: SEVEN }, (_, index) => addDays(isoDate('2026-03-02'), index));
    const progress = programmeProgress(doneThrough(days), SEVEN, '2026-04-01');
    expect(progress.finished).toBe(true);
    expect(progress.doneCount).toBe(SEVEN);
    expect(progress.openDay).toBeUndefined();
    expect(progress.nextDay).toBeUndefined();
  });

  it('never opens more days than calendar days elapsed, whatever the gaps (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: SEVEN }), (gaps) => {
        let run = startProgrammeRun('premiers-pas', '2026-01-01');
        let today = isoDate('2026-01-01');
        for (const [index, gap] of gaps.entries()) {
          today = addDays(today, index === 0 ? 0 : Math.max(1, gap));
          const progress = programmeProgress(run, SEVEN, today);
          expect(progress.openDay).toBe(index + 1);
          run = completeProgrammeDay(run, SEVEN, index + 1, today);
        }
        const elapsed = run.completed.map((day) => day.on);
        expect(new Set(elapsed).size).toBe(elapsed.length);
      }),
    );
  });
});

describe('programme days follow the person’s local calendar', () => {
  it('opens day 2 after local midnight in Paris even when UTC is still on day 1', () => {
    // 2026-03-02 23:30 in Paris (22:30 UTC), then 00:10 on 2026-03-03 in Paris (23:10 UTC on the 2nd).
    const evening = localDateOf(Date.UTC(2026, 2, 2, 22, 30), 'Europe/Paris');
    const afterMidnight = localDateOf(Date.UTC(2026, 2, 2, 23, 10), 'Europe/Paris');
    expect([evening, afterMidnight]).toEqual(['2026-03-02', '2026-03-03']);
    const run = completeProgrammeDay(startProgrammeRun('premiers-pas', evening), SEVEN, 1, evening);
    expect(programmeProgress(run, SEVEN, afterMidnight).openDay).toBe(2);
  });

  it('opens nothing new for a person who flies west and finds themself on the previous day', () => {
    const paris = localDateOf(Date.UTC(2026, 5, 10, 6, 0), 'Europe/Paris');
    const run = completeProgrammeDay(startProgrammeRun('premiers-pas', '2026-06-09'), SEVEN, 1, '2026-06-09');
    const day2 = completeProgrammeDay(run, SEVEN, 2, paris);
    // Landing in Los Angeles the same night: the local day is 2026-06-09 again, then 2026-06-10.
    const losAngeles = localDateOf(Date.UTC(2026, 5, 10, 12, 0), 'America/Los_Angeles');
    expect(losAngeles).toBe('2026-06-10');
    const earlierThere = localDateOf(Date.UTC(2026, 5, 10, 3, 0), 'America/Los_Angeles');
    expect(earlierThere).toBe('2026-06-09');
    expect(programmeProgress(day2, SEVEN, earlierThere).openDay).toBeUndefined();
    expect(programmeProgress(day2, SEVEN, losAngeles).openDay).toBeUndefined();
    expect(programmeProgress(day2, SEVEN, '2026-06-11').openDay).toBe(3);
  });

  it.each([
    // 23:30 to 22:30 across the 23-hour day (clocks forward), 23:30 to 23:30 across the 25-hour day (back).
    ['spring forward', Date.UTC(2026, 2, 28, 22, 30), Date.UTC(2026, 2, 29, 20, 30), '2026-03-28'],
    ['fall back', Date.UTC(2026, 9, 24, 21, 30), Date.UTC(2026, 9, 25, 22, 30), '2026-10-24'],
  ])('opens exactly one day across the %s night', (_name, before, after, beforeDay) => {
    const first = localDateOf(before, 'Europe/Paris');
    const next = localDateOf(after, 'Europe/Paris');
    expect(first).toBe(beforeDay);
    expect(next).toBe(addDays(isoDate(beforeDay), 1));
    const run = completeProgrammeDay(startProgrammeRun('premiers-pas', first), SEVEN, 1, first);
    expect(programmeProgress(run, SEVEN, next).openDay).toBe(2);
    const day2 = completeProgrammeDay(run, SEVEN, 2, next);
    expect(programmeProgress(day2, SEVEN, next).openDay).toBeUndefined();
  });
});
