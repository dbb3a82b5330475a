import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Locale, Message, MessageValues } from '../../i18n/types.js';

/** Words around the articles (the articles themselves are data files in ./content). */
const fr = {
  intro:
    'Des textes courts, écrits par l’équipe d’Oz à partir de sources publiques, citées à la fin de chaque article. Ils sont disponibles sans connexion.',
  readingTime: { one: '{count} minute de lecture', other: '{count} minutes de lecture' },
  summary: 'En bref',
  sources: 'Sources',
  reviewed: 'Contenu vérifié le {date}.',
  related: 'À lire aussi',
  all: 'Tous les articles',
  notFound: 'Cet article n’existe pas, ou plus.',
  external: '(site externe)',
} as const satisfies Record<string, Message>;

export type ArticleMessageKey = keyof typeof fr;

const en: { readonly [K in ArticleMessageKey]: (typeof fr)[K] extends string ? string : Message } = {
  intro:
    'Short texts written by the Oz team from public sources, cited at the end of each article. They work offline.',
  readingTime: { one: '{count} minute read', other: '{count} minute read' },
  summary: 'In short',
  sources: 'Sources',
  reviewed: 'Content checked on {date}.',
  related: 'Read next',
  all: 'All articles',
  notFound: 'This article does not exist, or no longer exists.',
  external: '(external website)',
};

export const articleMessages = { fr, en } as const;

export type ArticleText = (key: ArticleMessageKey, values?: MessageValues) => string;

export function useArticleText(): ArticleText {
  const { locale } = useI18n();
  return (key, values) => render(locale, articleMessages[locale as Locale][key], values);
}
