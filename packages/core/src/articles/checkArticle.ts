import { isIsoDate } from '../calendar/date.js';
import type { Article, ArticleSource, ArticleText } from './article.js';
import { ARTICLE_IDS, isArticleId } from './article.js';

/*
 * The checks that make an article file publishable. Each problem names where it is (`path`), so the
 * build error says what to fix. French typography follows the catalogue's rule (HELPERS.md, i18n): a
 * non-breaking space (U+00A0 or U+202F) before « : ; ? ! », never an ordinary one, and no middle-dot
 * inclusive forms in person-facing text (design brief).
 */

export const MIN_PARAGRAPHS = 2;
export const MAX_PARAGRAPHS = 12;
export const MAX_TITLE_LENGTH = 80;
export const MAX_SUMMARY_LENGTH = 400;
export const MAX_PARAGRAPH_LENGTH = 700;

export type ArticleProblemCode =
  | 'not-an-object'
  | 'unknown-id'
  | 'missing-text'
  | 'too-long'
  | 'too-few-paragraphs'
  | 'too-many-paragraphs'
  | 'typography'
  | 'no-source'
  | 'bad-source-url'
  | 'bad-source'
  | 'unknown-related'
  | 'bad-date';

export interface ArticleProblem {
  readonly code: ArticleProblemCode;
  /** Where in the file, e.g. 'en.paragraphs[2]' or 'sources[0].url'. */
  readonly path: string;
  readonly message: string;
}

export type ArticleCheck =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly problems: readonly ArticleProblem[] };

/** An absolute http(s) link with a host name and no spaces. */
const URL_PATTERN = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/[^\s]*)?$/i;
/** A space, not a non-breaking one, before a French high punctuation mark. */
const FRENCH_SPACE_BEFORE = / [:;?!]/;
const MIDDLE_DOT = /\p{L}·\p{L}/u;

type JsonObject = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

function checkString(
  problems: ArticleProblem[],
  path: string,
  value: unknown,
  max: number,
  french: boolean,
): string {
  const text = stringAt(value);
  if (text === undefined) {
    problems.push({ code: 'missing-text', path, message: 'text is missing or empty' });
    return '';
  }
  if (text.length > max)
    problems.push({ code: 'too-long', path, message: `longer than ${String(max)} characters` });
  if (french && FRENCH_SPACE_BEFORE.test(text)) {
    problems.push({ code: 'typography', path, message: 'use a non-breaking space before « : ; ? ! »' });
  }
  if (MIDDLE_DOT.test(text)) {
    problems.push({ code: 'typography', path, message: 'no middle-dot inclusive forms (rephrase)' });
  }
  return text;
}

function checkText(problems: ArticleProblem[], locale: 'fr' | 'en', value: unknown): ArticleText {
  const french = locale === 'fr';
  if (!isRecord(value)) {
    problems.push({ code: 'missing-text', path: locale, message: `the ${locale} translation is missing` });
    return { title: '', summary: '', paragraphs: [] };
  }
  const raw = Array.isArray(value['paragraphs']) ? (value['paragraphs'] as unknown[]) : [];
  if (raw.length < MIN_PARAGRAPHS) {
    problems.push({
      code: 'too-few-paragraphs',
      path: `${locale}.paragraphs`,
      message: `needs at least ${String(MIN_PARAGRAPHS)} paragraphs`,
    });
  }
  if (raw.length > MAX_PARAGRAPHS) {
    problems.push({
      code: 'too-many-paragraphs',
      path: `${locale}.paragraphs`,
      message: `at most ${String(MAX_PARAGRAPHS)} paragraphs`,
    });
  }
  return {
    title: checkString(problems, `${locale}.title`, value['title'], MAX_TITLE_LENGTH, french),
    summary: checkString(problems, `${locale}.summary`, value['summary'], MAX_SUMMARY_LENGTH, french),
    paragraphs: raw.map((paragraph, index) =>
      checkString(
        problems,
        `${locale}.paragraphs[${String(index)}]`,
        paragraph,
        MAX_PARAGRAPH_LENGTH,
        french,
      ),
    ),
  };
}

function checkSource(problems: ArticleProblem[], index: number, value: unknown): ArticleSource {
  const path = `sources[${String(index)}]`;
  if (!isRecord(value)) {
    problems.push({ code: 'bad-source', path, message: 'a source is an object { publisher, title, url }' });
    return { publisher: '', title: '', url: '' };
  }
  const publisher = stringAt(value['publisher']);
  const title = stringAt(value['title']);
  const url = typeof value['url'] === 'string' ? value['url'] : '';
  if (publisher === undefined)
    problems.push({ code: 'bad-source', path: `${path}.publisher`, message: 'publisher is missing' });
  if (title === undefined)
    problems.push({ code: 'bad-source', path: `${path}.title`, message: 'title is missing' });
  if (!URL_PATTERN.test(url)) {
    problems.push({
      code: 'bad-source-url',
      path: `${path}.url`,
      message: `not an absolute http(s) link: ${JSON.stringify(url)}`,
    });
  }
  const year = value['year'];
  if (
    year !== undefined &&
    !(Number.isInteger(year) && typeof year === 'number' && year >= 1900 && year <= 2100)
  ) {
    problems.push({ code: 'bad-source', path: `${path}.year`, message: 'year must be a whole year' });
  }
  return {
    publisher: publisher ?? '',
    title: title ?? '',
    url,
    ...(typeof year === 'number' ? { year } : {}),
  };
}

/**
 * Checks an article file's parsed JSON: a known id, both translations with a title, a summary and 2–12
 * paragraphs, French typography, at least one source with an absolute http(s) link, known related ids, a
 * review date. Never throws: returns the article or every problem found.
 */
export function checkArticle(raw: unknown): ArticleCheck {
  const problems: ArticleProblem[] = [];
  if (!isRecord(raw))
    return {
      ok: false,
      problems: [{ code: 'not-an-object', path: '', message: 'an article is a JSON object' }],
    };
  const id = raw['id'];
  if (!isArticleId(id)) {
    problems.push({
      code: 'unknown-id',
      path: 'id',
      message: `unknown article id ${JSON.stringify(id)} (known: ${ARTICLE_IDS.join(', ')})`,
    });
  }
  const fr = checkText(problems, 'fr', raw['fr']);
  const en = checkText(problems, 'en', raw['en']);
  const rawSources = Array.isArray(raw['sources']) ? (raw['sources'] as unknown[]) : [];
  if (rawSources.length === 0)
    problems.push({ code: 'no-source', path: 'sources', message: 'every article cites at least one source' });
  const sources = rawSources.map((source, index) => checkSource(problems, index, source));
  const rawRelated = Array.isArray(raw['related']) ? (raw['related'] as unknown[]) : [];
  const related = rawRelated.filter(isArticleId);
  rawRelated.forEach((value, index) => {
    if (!isArticleId(value) || value === id) {
      problems.push({
        code: 'unknown-related',
        path: `related[${String(index)}]`,
        message: `not another article id: ${JSON.stringify(value)}`,
      });
    }
  });
  const reviewedOn = raw['reviewedOn'];
  if (!isIsoDate(reviewedOn))
    problems.push({ code: 'bad-date', path: 'reviewedOn', message: "reviewedOn must be a 'YYYY-MM-DD' day" });
  if (problems.length > 0 || !isArticleId(id) || typeof reviewedOn !== 'string')
    return { ok: false, problems };
  return { ok: true, article: { id, fr, en, sources, related, reviewedOn } };
}

/** The ids of {@link ARTICLE_IDS} that have no article among `articles`. */
export function missingArticles(articles: readonly Pick<Article, 'id'>[]): string[] {
  const present = new Set<string>(articles.map((article) => article.id));
  return ARTICLE_IDS.filter((id) => !present.has(id));
}
