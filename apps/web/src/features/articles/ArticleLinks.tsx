import type { ArticleId } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { LinkList, LinkListItem } from '../../ui/LinkList.js';
import { findArticle } from './articles.js';
import { useArticleText } from './messages.js';
import { articlePath } from './paths.js';

/**
 * Links to a few articles with their titles and summaries. A default export so screens load it lazily
 * (it brings the articles' data): `lazy(() => import('../articles/ArticleLinks.js'))`.
 */
export default function ArticleLinks(props: {
  readonly ids: readonly ArticleId[];
  readonly title?: string;
}): ReactNode {
  const { locale } = useI18n();
  const a = useArticleText();
  const articles = props.ids.flatMap((id) => {
    const article = findArticle(id);
    return article === undefined ? [] : [article];
  });
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="article-links-title">
      <h3 id="article-links-title">{props.title ?? a('related')}</h3>
      <LinkList>
        {articles.map((article) => (
          <LinkListItem
            key={article.id}
            to={articlePath(article.id)}
            title={article[locale].title}
            detail={article[locale].summary}
          />
        ))}
      </LinkList>
    </section>
  );
}
