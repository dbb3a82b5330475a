import { createContext, use, type ReactNode } from 'react';
import type { Preferences } from '../storage/types.js';

interface PreferencesApi {
  readonly preferences: Preferences;
  /**
   * Saves a change and re-renders the app with it (language switch included). Never rejects: resolves false
   * when the device could not save it (the banner says so and the screen shows what is really stored).
   */
  readonly update: (patch: Partial<Preferences>) => Promise<boolean>;
}

const PreferencesContext = createContext<PreferencesApi | null>(null);

export function PreferencesProvider(props: {
  readonly value: PreferencesApi;
  readonly children: ReactNode;
}): ReactNode {
  return <PreferencesContext value={props.value}>{props.children}</PreferencesContext>;
}

export function usePreferences(): PreferencesApi {
  const api = use(PreferencesContext);
  if (api === null) throw new Error('usePreferences outside <PreferencesProvider>');
  return api;
}
