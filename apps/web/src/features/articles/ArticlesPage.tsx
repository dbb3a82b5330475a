import { readingMinutes } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { LinkList, LinkListItem } from '../../ui/LinkList.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { ARTICLES } from './articles.js';
import { useArticleText } from './messages.js';
import { articlePath } from './paths.js';

/** Every article, with its reading time. */
export default function ArticlesPage(): ReactNode {
  const { t, locale } = useI18n();
  const a = useArticleText();
  return (
    <>
      <PageTitle>{t('route.articles')}</PageTitle>
      <p>{a('intro')}</p>
      <LinkList>
        {ARTICLES.map((article) => {
          const text = article[locale];
          return (
            <LinkListItem
              key={article.id}
              to={articlePath(article.id)}
              title={text.title}
              detail={a('readingTime', { count: readingMinutes(text) })}
            />
          );
        })}
      </LinkList>
    </>
  );
}
