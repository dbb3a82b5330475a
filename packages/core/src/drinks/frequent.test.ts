import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/date.js';
import { favouriteDrinkIds, quickDrinkIds } from './frequent.js';

const since = isoDate('2026-02-01');
const log = (drinkId: string, date: string, time = '20:00') => ({ drinkId, date: isoDate(date), time });

describe('favouriteDrinkIds', () => {
  it.each([
    { name: 'nothing logged', entries: [], expected: [] },
    { name: 'one use is not a habit', entries: [log('wine', '2026-03-01')], expected: [] },
    {
      name: 'most logged first',
      entries: [
        log('beer', '2026-03-01'),
        log('wine', '2026-03-02'),
        log('beer', '2026-03-03'),
        log('wine', '2026-03-04'),
        log('beer', '2026-03-05'),
      ],
      expected: ['beer', 'wine'],
    },
    {
      name: 'ties broken by the most recent use, time included',
      entries: [
        log('beer', '2026-03-01'),
        log('beer', '2026-03-05', '18:00'),
        log('wine', '2026-03-02'),
        log('wine', '2026-03-05', '21:00'),
      ],
      expected: ['wine', 'beer'],
    },
    {
      name: 'uses before the window do not count',
      entries: [log('pastis', '2026-01-30'), log('pastis', '2026-01-31'), log('pastis', '2026-02-01')],
      expected: [],
    },
  ])('$name', ({ entries, expected }) => {
    expect(favouriteDrinkIds(entries, since, 5)).toEqual(expected);
  });

  it('never returns more than the limit, and only ids that were logged', () => {
    const entry = fc.record({
      drinkId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      date: fc.integer({ min: 1, max: 28 }).map((day) => isoDate(`2026-02-${String(day).padStart(2, '0')}`)),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (entries, limit) => {
        const favourites = favouriteDrinkIds(entries, since, limit);
        expect(favourites.length).toBeLessThanOrEqual(limit);
        expect(new Set(favourites).size).toBe(favourites.length);
        for (const id of favourites)
          expect(entries.filter((e) => e.drinkId === id).length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe('quickDrinkIds', () => {
  it('puts favourites first, then recent ones, without duplicates, up to the limit', () => {
    expect(quickDrinkIds(['beer', 'wine'], ['pastis', 'beer', 'cider'], 4)).toEqual([
      'beer',
      'wine',
      'pastis',
      'cider',
    ]);
    expect(quickDrinkIds([], ['pastis'], 0)).toEqual([]);
  });
});
