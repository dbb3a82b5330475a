/** Languages Oz ships in: French first, English as a full translation (team brief). */
export type Locale = 'fr' | 'en';

export const LOCALES: readonly Locale[] = ['fr', 'en'];

/**
 * Clinical content (questionnaire wording, drink names) lives in the domain with both languages, so the
 * wording shown is exactly the wording scored. UI strings are not here.
 */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
