import type { Locale } from '../i18n.js';

/*
 * Short articles (issue 10): our own words, French and English, a summary first, one idea per paragraph,
 * sources at the end as links (design brief). The text lives as data files in the web app
 * (apps/web/src/features/articles/content/*.json), checked by {@link checkArticle} when the app is built
 * (a Vite plugin) and by a unit test, so a missing translation or a broken source link fails the build.
 * Programmes and results link to articles by these ids.
 */

export const ARTICLE_IDS = [
  'standard-drink',
  'reperes',
  'health-risks',
  'withdrawal',
  'sleep',
  'calories',
  'saying-no',
  'cravings',
  'medicines',
  'entourage',
  'pregnancy',
  'driving-and-work',
  'getting-help',
  'harm-reduction',
] as const;
export type ArticleId = (typeof ARTICLE_IDS)[number];

export function isArticleId(value: unknown): value is ArticleId {
  return typeof value === 'string' && (ARTICLE_IDS as readonly string[]).includes(value);
}

export interface ArticleText {
  readonly title: string;
  /** What to remember, read first: two or three sentences. */
  readonly summary: string;
  /** One idea per paragraph. */
  readonly paragraphs: readonly string[];
}

export interface ArticleSource {
  /** Who published it: « Santé publique France », « HAS », « Inserm »… */
  readonly publisher: string;
  /** The page's or document's title, in its own language. */
  readonly title: string;
  readonly url: string;
  /** Year of publication when known. */
  readonly year?: number;
}

export interface Article {
  readonly id: ArticleId;
  readonly fr: ArticleText;
  readonly en: ArticleText;
  readonly sources: readonly ArticleSource[];
  /** Other articles worth reading next. */
  readonly related: readonly ArticleId[];
  /** Day the content was last checked against its sources ('YYYY-MM-DD'). */
  readonly reviewedOn: string;
}

export function articleText(article: Article, locale: Locale): ArticleText {
  return article[locale];
}

/** Reading time in whole minutes (at least 1), at 200 words a minute. */
export function readingMinutes(text: ArticleText): number {
  const words = [text.summary, ...text.paragraphs]
    .join(' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  return Math.max(1, Math.round(words.length / 200));
}
