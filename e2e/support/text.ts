// Matching visible French text that contains regex metacharacters ("(25 cl, 5 %)").

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * French text puts no-break spaces before « : ? ! », inside « 5 % » and in digit groups (docs/conventions.md).
 * Playwright normalises spaces when matching a string, not a regular expression: this one lets every space of
 * the pattern match any space, so specs keep writing plain spaces.
 */
export function anySpace(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/ /g, '\\s'), pattern.flags);
}

/** Matches an accessible name that begins with `text` (a drink button also shows its standard drinks). */
export function startsWith(text: string): RegExp {
  return anySpace(new RegExp(`^${escapeRegExp(text)}`));
}
