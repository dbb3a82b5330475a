import { describe, expect, it } from 'vitest';
import { anArticleJson } from './article.fixture.js';
import { ARTICLE_IDS, readingMinutes } from './article.js';
import { checkArticle, missingArticles } from './checkArticle.js';

type Json = Record<string, unknown>;
const withChange = (change: (json: Json) => void): Json => {
  const json = anArticleJson();
  change(json);
  return json;
};
const text = (json: Json, locale: 'fr' | 'en'): Json => json[locale] as Json;

describe('checkArticle', () => {
  it('accepts a complete article', () => {
    const result = checkArticle(anArticleJson());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.sources[0]?.year).toBe(2017);
  });

  it.each([
    { name: 'not an object', json: 'text', code: 'not-an-object', path: '' },
    { name: 'unknown id', json: withChange((j) => (j['id'] = 'hangover')), code: 'unknown-id', path: 'id' },
    {
      name: 'missing English translation',
      json: withChange((j) => delete j['en']),
      code: 'missing-text',
      path: 'en',
    },
    {
      name: 'empty French title',
      json: withChange((j) => (text(j, 'fr')['title'] = ' ')),
      code: 'missing-text',
      path: 'fr.title',
    },
    {
      name: 'missing English summary',
      json: withChange((j) => delete text(j, 'en')['summary']),
      code: 'missing-text',
      path: 'en.summary',
    },
    {
      name: 'one paragraph only',
      json: withChange((j) => (text(j, 'en')['paragraphs'] = ['One.'])),
      code: 'too-few-paragraphs',
      path: 'en.paragraphs',
    },
    {
      name: 'an empty paragraph',
      json: withChange((j) => (text(j, 'fr')['paragraphs'] = ['Un.', ''])),
      code: 'missing-text',
      path: 'fr.paragraphs[1]',
    },
    {
      name: 'a paragraph too long',
      json: withChange((j) => (text(j, 'fr')['paragraphs'] = ['Un.', 'x'.repeat(701)])),
      code: 'too-long',
      path: 'fr.paragraphs[1]',
    },
    {
      name: 'an ordinary space before a colon in French',
      json: withChange((j) => (text(j, 'fr')['summary'] = 'Résumé : à lire.')),
      code: 'typography',
      path: 'fr.summary',
    },
    {
      name: 'a middle-dot inclusive form',
      json: withChange((j) => (text(j, 'fr')['title'] = 'Les ami·es')),
      code: 'typography',
      path: 'fr.title',
    },
    { name: 'no source', json: withChange((j) => (j['sources'] = [])), code: 'no-source', path: 'sources' },
    {
      name: 'a relative source link',
      json: withChange((j) => (j['sources'] = [{ publisher: 'HAS', title: 'RPIB', url: '/jcms/c_1795221' }])),
      code: 'bad-source-url',
      path: 'sources[0].url',
    },
    {
      name: 'a source link with a space',
      json: withChange(
        (j) => (j['sources'] = [{ publisher: 'HAS', title: 'RPIB', url: 'https://www.has-sante.fr/a b' }]),
      ),
      code: 'bad-source-url',
      path: 'sources[0].url',
    },
    {
      name: 'a source link without a host',
      json: withChange((j) => (j['sources'] = [{ publisher: 'HAS', title: 'RPIB', url: 'https://' }])),
      code: 'bad-source-url',
      path: 'sources[0].url',
    },
    {
      name: 'a source without publisher',
      json: withChange((j) => (j['sources'] = [{ title: 'RPIB', url: 'https://www.has-sante.fr/' }])),
      code: 'bad-source',
      path: 'sources[0].publisher',
    },
    {
      name: 'a bad year',
      json: withChange(
        (j) =>
          (j['sources'] = [
            { publisher: 'HAS', title: 'RPIB', url: 'https://www.has-sante.fr/', year: 'last year' },
          ]),
      ),
      code: 'bad-source',
      path: 'sources[0].year',
    },
    {
      name: 'an unknown related article',
      json: withChange((j) => (j['related'] = ['hangover'])),
      code: 'unknown-related',
      path: 'related[0]',
    },
    {
      name: 'a link to itself',
      json: withChange((j) => (j['related'] = ['sleep'])),
      code: 'unknown-related',
      path: 'related[0]',
    },
    {
      name: 'no review date',
      json: withChange((j) => (j['reviewedOn'] = '2026-02-30')),
      code: 'bad-date',
      path: 'reviewedOn',
    },
  ])('refuses $name', ({ json, code, path }) => {
    const result = checkArticle(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('allows an ordinary space before punctuation in English', () => {
    expect(
      checkArticle(withChange((j) => (text(j, 'en')['summary'] = 'Summary : fine in English.'))).ok,
    ).toBe(true);
  });
});

describe('missingArticles and readingMinutes', () => {
  it('lists the ids without a file', () => {
    expect(missingArticles([{ id: 'sleep' }])).toHaveLength(ARTICLE_IDS.length - 1);
    expect(missingArticles(ARTICLE_IDS.map((id) => ({ id })))).toEqual([]);
  });

  it('counts at least one minute, 200 words a minute', () => {
    expect(readingMinutes({ title: 't', summary: 'a b', paragraphs: [] })).toBe(1);
    expect(
      readingMinutes({
        title: 't',
        summary: '',
        paragraphs: [Array.from({ length: 600 }, () => 'mot').join(' ')],
      }),
    ).toBe(3);
  });
});
