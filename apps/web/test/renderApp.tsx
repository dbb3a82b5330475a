import { render, screen, type RenderResult } from '@testing-library/react';
import { App } from '../src/app/App.js';
import { fr } from '../src/i18n/fr.js';
import { useDatabaseForTests } from '../src/storage/db.js';
import { getPreferences, updatePreferences } from '../src/storage/repositories.js';
import type { Preferences } from '../src/storage/types.js';

let databaseCount = 0;

/** A fresh, empty IndexedDB (fake-indexeddb) for each test. */
export function freshDatabase(): void {
  databaseCount += 1;
  useDatabaseForTests(`oz-test-${String(databaseCount)}-${String(Date.now())}`);
}

/** Renders the whole app at `path`, as a returning person (onboarding done) unless told otherwise. */
export async function renderApp(
  path: string,
  preferences: Partial<Preferences> = { onboardingDone: true },
): Promise<RenderResult> {
  window.history.replaceState(null, '', path);
  await updatePreferences(preferences);
  const result = render(<App preferences={await getPreferences()} catalogue={fr} />);
  await screen.findByRole('heading', { level: 1 });
  return result;
}
