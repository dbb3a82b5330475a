import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTICLE_IDS } from '@oz/core';
import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '../src/i18n/typography.js';
import { checkArticleFiles } from './articles.js';

const CONTENT = join(import.meta.dirname, '../src/features/articles/content');

describe('the shipped articles', () => {
  it('are all publishable: both languages, sources, typography, one file per id', () => {
    const { articles, problems } = checkArticleFiles(CONTENT);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.id).sort()).toEqual([...ARTICLE_IDS].sort());
  });

  it('follow every French typography rule of the catalogue (no-break spaces, ’, no middle dots)', () => {
    const { articles } = checkArticleFiles(CONTENT);
    const problems = articles.flatMap((article) =>
      [article.fr.title, article.fr.summary, ...article.fr.paragraphs].flatMap((text) =>
        frenchTypographyProblems(text).map(
          (problem) => `${article.id}: ${problem.rule} in ${problem.excerpt}`,
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('have at least 12 articles, each with a summary and at least one source', () => {
    const { articles } = checkArticleFiles(CONTENT);
    expect(articles.length).toBeGreaterThanOrEqual(12);
    for (const article of articles) {
      expect(article.sources.length).toBeGreaterThan(0);
      expect(article.fr.paragraphs.length).toBe(article.en.paragraphs.length);
    }
  });
});

describe('checkArticleFiles', () => {
  it('reports a broken link, a missing translation, bad JSON and a misnamed file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'oz-articles-'));
    const valid = JSON.parse(
      JSON.stringify({
        id: 'sleep',
        fr: { title: 'Titre', summary: 'Résumé.', paragraphs: ['Un.', 'Deux.'] },
        en: { title: 'Title', summary: 'Summary.', paragraphs: ['One.', 'Two.'] },
        sources: [{ publisher: 'HAS', title: 'RPIB', url: 'https://www.has-sante.fr/' }],
        related: [],
        reviewedOn: '2026-11-25',
      }),
    ) as Record<string, unknown>;
    writeFileSync(
      join(directory, 'sleep.json'),
      JSON.stringify({ ...valid, sources: [{ publisher: 'HAS', title: 'RPIB', url: 'www.has-sante.fr' }] }),
    );
    writeFileSync(
      join(directory, 'calories.json'),
      JSON.stringify({ ...valid, id: 'calories', en: undefined }),
    );
    writeFileSync(join(directory, 'reperes.json'), '{ not json');
    writeFileSync(join(directory, 'other.json'), JSON.stringify({ ...valid, id: 'cravings' }));

    const { problems } = checkArticleFiles(directory);

    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sleep\.json: sources\[0\]\.url/),
        expect.stringMatching(/^calories\.json: en — the en translation is missing/),
        expect.stringMatching(/^reperes\.json: not valid JSON/),
        'other.json: the file must be named cravings.json',
        'withdrawal.json: missing (every id of ARTICLE_IDS needs an article)',
      ]),
    );
  });
});
