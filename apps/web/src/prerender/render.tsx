import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { Layout } from '../app/Layout.js';
import { setServerLocation } from '../app/navigation.js';
import { PreferencesProvider } from '../app/preferences.js';
import { resolve } from '../app/Router.js';
import { ToastProvider } from '../app/Toast.js';
import { fr } from '../i18n/fr.js';
import { I18nProvider, useI18n } from '../i18n/I18nProvider.js';
import { DEFAULT_PREFERENCES } from '../storage/types.js';
import { PageTitle } from '../ui/PageTitle.js';
import type { PrerenderedScreen, PrerenderedView } from './screens.js';

export { PRERENDERED_SCREENS } from './screens.js';
export type { PrerenderedScreen } from './screens.js';

/** A screen's first view as the build writes it: what goes inside #root, and the document's title. */
export interface RenderedScreen {
  readonly root: string;
  readonly title: string;
}

/** Nothing is saved from a prerendered page: it only stands until the app replaces it. */
const READ_ONLY_PREFERENCES = {
  preferences: DEFAULT_PREFERENCES,
  update: (): Promise<boolean> => Promise.resolve(false),
};

function View({ view }: { readonly view: PrerenderedView }): ReactNode {
  const { t } = useI18n();
  if (view.kind === 'page') return <view.page params={{}} />;
  return (
    <>
      <PageTitle>{t(view.title)}</PageTitle>
      <p className="muted">{t('common.loading')}</p>
    </>
  );
}

/**
 * Form controls stay disabled until the app replaces the view: what a person typed or chose before would be
 * lost in the replacement (links work: they are ordinary navigations, and the helplines are `tel:` links).
 */
function disableControls(markup: string): string {
  return markup.replace(/<(button|input|select|textarea)(?=[\s>/])/g, '<$1 disabled=""');
}

/**
 * Renders a main screen's first view in French with the app's own components (the layout, the screen), as the
 * app draws it before any stored data is read (ADR 0009). Runs at build time (scripts/prerender.mjs) and in
 * tests, never in the browser.
 */
export function renderScreen(screen: PrerenderedScreen): RenderedScreen {
  const { route } = resolve(screen.path);
  setServerLocation(screen.path);
  const root = renderToString(
    <I18nProvider locale="fr" catalogue={fr}>
      <PreferencesProvider value={READ_ONLY_PREFERENCES}>
        <ToastProvider>
          <Layout section={route.section} immersive={route.immersive === true}>
            <View view={screen.view} />
          </Layout>
        </ToastProvider>
      </PreferencesProvider>
    </I18nProvider>,
  );
  return { root: disableControls(root), title: `${fr[route.title]} · Oz` };
}
