import type { IsoDate } from '../calendar/date.js';
import { isoDate } from '../calendar/date.js';
import type { CravingInput, CravingRecord } from './craving.js';
import { createCraving } from './craving.js';
import type { CopingPlan } from './plans.js';
import { createPlan } from './plans.js';
import type { DayMood } from './situations.js';
import type { DayContext } from './suggestions.js';

let nextId = 0;
function id(prefix: string): string {
  nextId += 1;
  return `${prefix}-${String(nextId)}`;
}

/** A craving of intensity 6 at home on 2026-03-02 at 19:00, overcome, unless overridden. */
export function aCraving(overrides: Partial<CravingInput> = {}): CravingRecord {
  return createCraving({
    id: id('craving'),
    date: isoDate('2026-03-02'),
    time: '19:00',
    intensity: 6,
    situation: 'home',
    feelings: [],
    helped: [],
    drank: false,
    note: '',
    createdAt: '2026-03-02T18:00:00.000Z',
    updatedAt: '2026-03-02T18:00:00.000Z',
    ...overrides,
  });
}

/** A plan « si je suis en soirée, alors je bois un verre d'eau entre chaque verre » unless overridden. */
export function aPlan(overrides: Partial<Parameters<typeof createPlan>[0]> = {}): CopingPlan {
  return createPlan({
    id: id('plan'),
    situation: 'party',
    ifText: '',
    thenText: 'je bois un verre d’eau entre chaque verre',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  });
}

/** A diary day's context. */
export function aDay(date: string, tags: readonly string[], mood: DayMood | null = null): DayContext {
  return { date: isoDate(date), tags, mood };
}

/** Daily totals from `[date, standard drinks]` pairs. */
export function totals(...pairs: readonly (readonly [string, number])[]): Map<IsoDate, number> {
  return new Map(pairs.map(([date, drinks]) => [isoDate(date), drinks]));
}
