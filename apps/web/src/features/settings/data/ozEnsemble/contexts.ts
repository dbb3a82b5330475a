import type { OzeDayContext } from '@oz/contracts';
import { isoDate, type IsoDate } from '@oz/core';
import { OZE_TAG_PREFIX } from '../../../diary/importedTags.js';
import type { DayLog, Mood } from '../../../../storage/types.js';
import type { ProblemLine } from './problems.js';

/*
 * `@Drinks-contexts` (one entry per day: `emotion`, `context` tags, private `note`; SocialGouv/ozensemble
 * `AddEmotion/DrinksContextsList.js`, `contextsCatalog.js`) into Oz's day log. Oz Ensemble's five faces map
 * to Oz's five moods; a tag Oz has with the same meaning becomes that tag, any other is kept as an
 * `oze:` tag, shown with Oz Ensemble's own words on the day (features/diary/importedTags.ts).
 */

const MOODS: Readonly<Record<string, Mood>> = {
  ecstatic: 'very-good',
  fine: 'good',
  neutral: 'neutral',
  sad: 'low',
  depressed: 'very-low',
};

/** Same meaning in both apps (Oz Ensemble's label → Oz's): « seul », « à la maison », « au travail »… */
const SAME_TAG: Readonly<Record<string, string>> = {
  alone: 'alone',
  home: 'home',
  work: 'work',
  atfriends: 'friends',
  atfamily: 'family',
  duringmeal: 'meal',
  party: 'celebration',
};

/** The longest note the backup file accepts (contracts/backup.ts). */
export const MAX_NOTE_LENGTH = 5000;

export function tagsOf(context: readonly string[]): string[] {
  const tags = context.map((key) => SAME_TAG[key] ?? `${OZE_TAG_PREFIX}${key}`);
  return [...new Set(tags)];
}

/** The day log of one context; a note longer than Oz keeps is shortened and said so. */
export function dayLogOf(
  context: OzeDayContext,
  drinkFree: boolean,
  updatedAt: string,
): { readonly log: DayLog; readonly problem: ProblemLine | null } {
  const date: IsoDate = isoDate(context.date);
  const note = (context.note ?? '').trim();
  const log: DayLog = {
    date,
    drinkFree,
    mood: MOODS[context.emotion ?? ''] ?? null,
    tags: tagsOf(context.context ?? []),
    note: note.slice(0, MAX_NOTE_LENGTH),
    updatedAt,
  };
  const problem: ProblemLine | null =
    note.length > MAX_NOTE_LENGTH ? { drink: null, reason: 'note-shortened', date } : null;
  return { log, problem };
}
