import { addDays, DRINKS, weekStart, type Drink } from '@oz/core';
import { today } from '../../app/clock.js';
import { saveEntry } from '../../storage/repositories.js';
import { newEntry } from '../diary/model.js';

/** A drink of the catalogue, by id. */
export function aCatalogueDrink(id: string): Drink {
  const found = DRINKS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`catalogue changed: ${id} missing`);
  return found;
}

/**
 * Ten demis of beer (10 standard drinks) every day of the four complete weeks before this one: a diary-only
 * heavy drinker, whom the live recommendation card follows to the diary home.
 */
export async function fourHeavyWeeks(): Promise<void> {
  const monday = weekStart(today());
  for (let back = 1; back <= 28; back += 1) {
    await saveEntry(newEntry(aCatalogueDrink('beer-half'), 10, addDays(monday, -back), '20:00'));
  }
}
