import { ARTICLE_IDS, checkArticle, type Article, type ArticleId } from '@oz/core';

/*
 * The articles, read from the data files of ./content (one JSON file per article, both languages). The
 * build refuses files that do not pass checkArticle (build/articles.ts); checking again here costs little
 * and keeps a broken file from ever reaching the screen. Loaded with the articles' lazy chunk only, and
 * precached by the service worker like every chunk of the person's app, so they work offline.
 */
const files = import.meta.glob<unknown>('./content/*.json', { eager: true, import: 'default' });

function load(): Article[] {
  const articles = Object.values(files).flatMap((json) => {
    const result = checkArticle(json);
    return result.ok ? [result.article] : [];
  });
  return articles.sort((a, b) => ARTICLE_IDS.indexOf(a.id) - ARTICLE_IDS.indexOf(b.id));
}

export const ARTICLES: readonly Article[] = load();

export function findArticle(id: string): Article | undefined {
  return ARTICLES.find((article) => article.id === id);
}

export function articleById(id: ArticleId): Article | undefined {
  return findArticle(id);
}
