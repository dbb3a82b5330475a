import type { Locale } from '../i18n.js';
import type { Drink } from './drink.js';

/*
 * Finding a drink by typing part of its name, for the quick logging screen (issue 10: recent and favourite
 * drinks first, then a search field, then the catalogue by category). Accents and case are ignored
 * (« rose » finds « rosé »), every word typed must appear, and names that start with the text come first.
 */

/** Lower case, without diacritics, apostrophes and dashes as spaces, single spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’\-_/(),.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Drinks whose name (in `locale`, or in the other language as a fallback) contains every word of `query`,
 * best matches first: the name starts with the query, then a word of the name starts with it, then the
 * rest; ties keep the order given. An empty query finds nothing (the screen shows the catalogue instead).
 */
export function searchDrinks(drinks: readonly Drink[], query: string, locale: Locale): Drink[] {
  const words = normalizeForSearch(query)
    .split(' ')
    .filter((word) => word.length > 0);
  if (words.length === 0) return [];
  const needle = words.join(' ');
  const scored = drinks.flatMap((drink, order) => {
    const own = normalizeForSearch(drink.label[locale]);
    const other = normalizeForSearch(drink.label[locale === 'fr' ? 'en' : 'fr']);
    const matches = (name: string): boolean => words.every((word) => name.includes(word));
    if (!matches(own) && !matches(other)) return [];
    const rank = own.startsWith(needle)
      ? 0
      : own.split(' ').some((part) => part.startsWith(words[0] ?? ''))
        ? 1
        : 2;
    return [{ drink, rank, order }];
  });
  return scored.sort((a, b) => a.rank - b.rank || a.order - b.order).map((item) => item.drink);
}
