import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { ScreenFailure } from './ScreenFailure.js';

/** When the app cannot even read its preferences: said in words, with a reload (no blank page). */
export function BootFailure(): ReactNode {
  const { t } = useI18n();
  return (
    <main id="main">
      <section className="card" role="alert" aria-labelledby="boot-failure-title">
        <h1 id="boot-failure-title" tabIndex={-1}>
          {t('failure.bootTitle')}
        </h1>
        <p>{t('failure.bootBody')}</p>
        <button
          type="button"
          className="button button-primary button-block"
          onClick={() => window.location.reload()}
        >
          {t('failure.reload')}
        </button>
      </section>
    </main>
  );
}

/** The last safety net, around the whole app: a failure outside any screen still gets words and a way out. */
export function AppFailure(props: { readonly error: unknown; readonly retry: () => void }): ReactNode {
  return (
    <main id="main">
      <ScreenFailure error={props.error} retry={props.retry} />
    </main>
  );
}
