import { readingMinutes } from '@oz/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import type { RouteProps } from '../../app/routes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { LinkList, LinkListItem } from '../../ui/LinkList.js';
import { PageTitle } from '../../ui/PageTitle.js';
import '../support.css';
import { findArticle } from './articles.js';
import { useArticleText } from './messages.js';
import { articlePath } from './paths.js';

/** One article: summary first, one idea per paragraph, sources at the end as links. */
export default function ArticlePage({ params }: RouteProps): ReactNode {
  const { t, locale, day } = useI18n();
  const a = useArticleText();
  const article = findArticle(params['id'] ?? '');
  if (article === undefined) {
    return (
      <>
        <PageTitle>{t('route.article')}</PageTitle>
        <p>{a('notFound')}</p>
        <Link to="/articles">{a('all')}</Link>
      </>
    );
  }
  const text = article[locale];
  return (
    <article className="article">
      <PageTitle>{text.title}</PageTitle>
      <p className="small muted">{a('readingTime', { count: readingMinutes(text) })}</p>
      <section className="card" aria-labelledby="article-summary">
        <h2 id="article-summary" className="small">
          {a('summary')}
        </h2>
        <p className="article-summary">{text.summary}</p>
      </section>
      {text.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <section aria-labelledby="article-sources" className="article-sources">
        <h2 id="article-sources">{a('sources')}</h2>
        <ol>
          {article.sources.map((source) => (
            <li key={source.url}>
              {source.publisher},{' '}
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {source.title}
                <span className="visually-hidden"> {a('external')}</span>
              </a>
              {source.year === undefined ? null : ` (${String(source.year)})`}
            </li>
          ))}
        </ol>
        <p className="muted">
          {a('reviewed', {
            date: day(article.reviewedOn, { day: 'numeric', month: 'long', year: 'numeric' }),
          })}
        </p>
      </section>
      {article.related.length === 0 ? null : (
        <section aria-labelledby="article-related">
          <h2 id="article-related">{a('related')}</h2>
          <LinkList>
            {article.related.flatMap((id) => {
              const related = findArticle(id);
              return related === undefined
                ? []
                : [
                    <LinkListItem
                      key={id}
                      to={articlePath(id)}
                      title={related[locale].title}
                      detail={related[locale].summary}
                    />,
                  ];
            })}
          </LinkList>
        </section>
      )}
      <Link to="/articles">{a('all')}</Link>
    </article>
  );
}
