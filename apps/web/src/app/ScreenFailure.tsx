import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/fr.js';
import { PageTitle } from '../ui/PageTitle.js';
import { isChunkLoadError, isStorageError } from './failures.js';
import { navigate } from './navigation.js';

function wordsFor(error: unknown): { readonly title: MessageKey; readonly body: MessageKey } {
  if (isChunkLoadError(error)) return { title: 'failure.chunkTitle', body: 'failure.chunkBody' };
  if (isStorageError(error)) return { title: 'failure.storageTitle', body: 'failure.storageBody' };
  return { title: 'failure.screenTitle', body: 'failure.screenBody' };
}

/**
 * A screen that failed, said in words with a way out. A screen whose code is gone after a deploy can only be
 * fixed by reloading (the new version's files replace the old ones); a storage or rendering failure may pass,
 * so « Réessayer » renders the screen again first.
 */
export function ScreenFailure(props: { readonly error: unknown; readonly retry: () => void }): ReactNode {
  const { t } = useI18n();
  const words = wordsFor(props.error);
  const chunk = isChunkLoadError(props.error);
  return (
    <section className="card" role="alert" aria-labelledby="screen-failure-title">
      <PageTitle>
        <span id="screen-failure-title">{t(words.title)}</span>
      </PageTitle>
      <p>{t(words.body)}</p>
      <div className="stack">
        <button
          type="button"
          className="button button-primary button-block"
          onClick={() => window.location.reload()}
        >
          {t('failure.reload')}
        </button>
        {chunk ? null : (
          <button type="button" className="button button-block" onClick={props.retry}>
            {t('failure.retry')}
          </button>
        )}
        {chunk ? null : (
          <button
            type="button"
            className="button button-quiet button-block"
            onClick={() => {
              navigate('/');
              props.retry();
            }}
          >
            {t('failure.home')}
          </button>
        )}
      </div>
    </section>
  );
}
