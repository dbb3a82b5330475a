import type { ReactNode } from 'react';
import { isChunkLoadError } from '../../app/failures.js';
import { useProI18n } from '../i18n/ProI18n.js';

/** A workspace screen that failed, in words, with a way out; a screen whose code is gone can only reload. */
export function ProScreenFailure(props: { readonly error: unknown; readonly retry: () => void }): ReactNode {
  const { t } = useProI18n();
  const chunk = isChunkLoadError(props.error);
  return (
    <section role="alert" aria-labelledby="screen-failure-title">
      <h1 id="screen-failure-title" tabIndex={-1}>
        {t(chunk ? 'failure.chunkTitle' : 'failure.title')}
      </h1>
      <p>{t(chunk ? 'failure.chunkBody' : 'failure.body')}</p>
      <div className="row">
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('failure.reload')}
        </button>
        {chunk ? null : (
          <button type="button" className="button" onClick={props.retry}>
            {t('failure.retry')}
          </button>
        )}
      </div>
    </section>
  );
}
