import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/date.js';
import { daysOfWeek } from '../calendar/week.js';
import { aDiaryEntry, anAmount, dates } from './diary.fixture.js';
import { dayRecord, dayRecords, isFilled } from './dayStatus.js';

describe('day status', () => {
  const diary = {
    entries: [
      anAmount('2026-03-24', 2),
      anAmount('2026-03-25', 1.5),
      anAmount('2026-03-25', 1),
      aDiaryEntry({ date: '2026-03-26', drinkId: 'beer-alcohol-free', quantity: 3 }),
      anAmount('2026-03-28', 1),
    ],
    drinkFreeDays: dates('2026-03-23', '2026-03-28'),
  };

  it('tells not-filled, declared drink-free, within and above the 2-a-day repère apart', () => {
    const records = dayRecords(diary, daysOfWeek(isoDate('2026-03-23')));
    expect(records.map((record) => record.status)).toEqual([
      'drink-free',
      'within-guidelines',
      'above-guidelines',
      'drink-free',
      'not-filled',
      'within-guidelines',
      'not-filled',
    ]);
    expect(records.filter(isFilled)).toHaveLength(5);
  });

  it('counts entries and reports a declaration contradicted by an entry', () => {
    const day = dayRecord(diary, isoDate('2026-03-28'));
    expect(day).toMatchObject({
      declaredDrinkFree: true,
      conflicting: true,
      entryCount: 1,
      standardDrinks: 1,
    });
    expect(dayRecord(diary, isoDate('2026-03-23'))).toMatchObject({
      status: 'drink-free',
      declaredDrinkFree: true,
      conflicting: false,
      entryCount: 0,
    });
    expect(dayRecord(diary, isoDate('2026-03-26'))).toMatchObject({ status: 'drink-free', entryCount: 1 });
  });

  it('works without declarations', () => {
    expect(dayRecord({ entries: [] }, isoDate('2026-03-23')).status).toBe('not-filled');
  });
});
