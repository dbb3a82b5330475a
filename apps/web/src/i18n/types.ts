/** A message with plural forms, chosen with Intl.PluralRules for the active locale. */
export interface Plural {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

export type Message = string | Plural;

export type Locale = 'fr' | 'en';

export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** Values interpolated into `{name}` placeholders; numbers are formatted for the locale. */
export type MessageValues = Readonly<Record<string, string | number>>;
