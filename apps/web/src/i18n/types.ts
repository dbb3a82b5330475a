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

/**
 * A translation of the reference (French) messages `T`: exactly the same keys, and a plural message stays
 * plural. Each English area module is typed with it, so a missing or extra key fails `tsc` in that module.
 */
export type Translation<T extends Readonly<Record<string, Message>>> = {
  readonly [K in keyof T]: T[K] extends string ? string : Plural;
};
