import type { Article } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useArticleText } from './messages.js';

/** An article's paragraphs and its sources as links, for screens that show an article's advice inline. */
export function ArticleBody(props: { readonly article: Article; readonly headingLevel?: 2 | 3 }): ReactNode {
  const { locale } = useI18n();
  const a = useArticleText();
  const text = props.article[locale];
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className="article">
      {text.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <div className="article-sources">
        <Heading>{a('sources')}</Heading>
        <ul>
          {props.article.sources.map((source) => (
            <li key={source.url}>
              {source.publisher},{' '}
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {source.title}
                <span className="visually-hidden"> {a('external')}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
