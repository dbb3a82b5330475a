// Build-time check of the articles (issue 10): every file of src/features/articles/content must pass
// @oz/core's checkArticle (both translations, sources as absolute http(s) links, French typography…), be
// named after its id, and every id of ARTICLE_IDS must have a file. The Vite plugin fails the build with
// the list of problems, so a broken article can never ship; build/articles.test.ts runs the same check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticle, missingArticles, type Article } from '@oz/core';
import type { Plugin } from 'vite';

export interface ArticleFilesCheck {
  readonly articles: readonly Article[];
  /** 'file.json: path — message' lines; empty when everything is publishable. */
  readonly problems: readonly string[];
}

export function checkArticleFiles(directory: string): ArticleFilesCheck {
  const problems: string[] = [];
  const articles: Article[] = [];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`);
      continue;
    }
    const result = checkArticle(json);
    if (!result.ok) {
      for (const problem of result.problems) problems.push(`${file}: ${problem.path} — ${problem.message}`);
      continue;
    }
    if (`${result.article.id}.json` !== file)
      problems.push(`${file}: the file must be named ${result.article.id}.json`);
    articles.push(result.article);
  }
  for (const id of missingArticles(articles))
    problems.push(`${id}.json: missing (every id of ARTICLE_IDS needs an article)`);
  return { articles, problems };
}

/** Fails `vite build` (and the dev server's start) when an article is not publishable. */
export function articlesCheckPlugin(directory: string): Plugin {
  return {
    name: 'oz-articles-check',
    buildStart() {
      const { problems } = checkArticleFiles(directory);
      if (problems.length > 0) {
        this.error(`Articles are not publishable:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}
