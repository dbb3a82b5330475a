import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue } from '../i18n/fr.js';
import { I18nProvider } from '../i18n/I18nProvider.js';
import { loadCatalogue } from '../i18n/load.js';
import { getPreferences, updatePreferences } from '../storage/repositories.js';
import type { Preferences } from '../storage/types.js';
import { Layout } from './Layout.js';
import { navigate, useLocation } from './navigation.js';
import { PreferencesProvider } from './preferences.js';
import { RouteView, useMatchedRoute } from './Router.js';
import { ToastProvider } from './Toast.js';
import { runWrite } from './useWrite.js';

export function App(props: { readonly preferences: Preferences; readonly catalogue: Catalogue }): ReactNode {
  const [preferences, setPreferences] = useState(props.preferences);
  const [catalogue, setCatalogue] = useState(props.catalogue);
  const matched = useMatchedRoute();
  const { pathname } = useLocation();

  const update = useCallback(async (patch: Partial<Preferences>): Promise<boolean> => {
    // Controls reflect the change at once; the write follows (and re-reads, e.g. after an import).
    if (patch.locale === undefined) setPreferences((current) => ({ ...current, ...patch }));
    const saved = await runWrite(async () => {
      if (patch.locale !== undefined) setCatalogue(await loadCatalogue(patch.locale));
      return updatePreferences(patch);
    });
    if (saved.ok) {
      setPreferences(saved.value);
      return true;
    }
    // Show what is really stored, not the change that could not be saved.
    const stored = await runWrite(getPreferences);
    if (stored.ok) setPreferences(stored.value);
    return false;
  }, []);
  const preferencesApi = useMemo(() => ({ preferences, update }), [preferences, update]);

  useEffect(() => {
    document.documentElement.lang = preferences.locale;
  }, [preferences.locale]);

  useEffect(() => {
    // First visit: the welcome screen, once. It is skippable and never comes back on its own.
    if (!preferences.onboardingDone && pathname === '/') navigate('/bienvenue', { replace: true });
  }, [preferences.onboardingDone, pathname]);

  return (
    <I18nProvider locale={preferences.locale} catalogue={catalogue}>
      <PreferencesProvider value={preferencesApi}>
        <ToastProvider>
          <Layout section={matched.route.section} immersive={matched.route.immersive === true}>
            <RouteView matched={matched} />
          </Layout>
        </ToastProvider>
      </PreferencesProvider>
    </I18nProvider>
  );
}
