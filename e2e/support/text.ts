// Matching visible French text that contains regex metacharacters ("(25 cl, 5 %)").

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches an accessible name that begins with `text` (a drink button also shows its standard drinks). */
export function startsWith(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}`);
}
