/*
 * Intl formatters, built once per locale and options. Building one (above all a DateTimeFormat with a time zone)
 * allocates ICU data that is freed late or never; formatting with a cached one does not. The server leaked ~26 KB
 * of native memory per contact request this way (issue 9); screens that format dates in long lists (the diary,
 * the workspace queue and audit log) would do the same in the browser on every render.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  const existing = cache.get(key);
  if (existing !== undefined) return existing;
  const created = create();
  cache.set(key, created);
  return created;
}

export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(
    dateTimeFormats,
    `${tag}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(tag, options),
  );
}

export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(
    numberFormats,
    `${tag}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(tag, options),
  );
}

export function pluralRulesOf(tag: string): Intl.PluralRules {
  return cached(pluralRules, tag, () => new Intl.PluralRules(tag));
}
