import { PATHWAY_SOURCES } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PageTitle } from '../../ui/PageTitle.js';

/** Where the numbers come from, and credits. Clinical sources are the ones @oz/core cites. */
export default function SourcesPage(): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('sources.title')}</PageTitle>
      <p>{t('sources.intro')}</p>
      <section className="card" aria-labelledby="sources-clinical">
        <h2 id="sources-clinical">{t('sources.clinical')}</h2>
        <ul>
          {Object.entries(PATHWAY_SOURCES).map(([id, source]) => (
            <li key={id} lang="en">
              {source.url.startsWith('http') ? <a href={source.url}>{source.title}</a> : source.title}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="sources-data">
        <h2 id="sources-data">{t('sources.data')}</h2>
        <ul>
          <li>{t('sources.standardDrink')}</li>
          <li>{t('sources.catalogue')}</li>
          <li>{t('sources.directory')}</li>
          <li>{t('sources.helpline')}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="sources-credits">
        <h2 id="sources-credits">{t('sources.credits')}</h2>
        <p>{t('sources.creditsBody')}</p>
      </section>
    </>
  );
}
