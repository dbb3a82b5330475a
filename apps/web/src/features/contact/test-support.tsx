import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ToastProvider } from '../../app/Toast.js';
import { fr } from '../../i18n/fr.js';
import { I18nProvider } from '../../i18n/I18nProvider.js';
import type { LocalContactRequest } from '../../sync/types.js';

/** Renders a screen of the person's app in French, as the shell does. */
export function renderInApp(ui: ReactNode): RenderResult {
  return render(
    <I18nProvider locale="fr" catalogue={fr}>
      <ToastProvider>{ui}</ToastProvider>
    </I18nProvider>,
  );
}

export function aLocalContactRequest(overrides: Partial<LocalContactRequest> = {}): LocalContactRequest {
  return {
    localId: 'local-1',
    idempotencyKey: 'idem-0123456789abcdef',
    state: 'queued',
    subject: 'self',
    firstName: 'Camille',
    queuedAt: '2026-11-24T08:00:00.000Z',
    server: null,
    lastStatus: null,
    lastCheckedAt: null,
    ...overrides,
  };
}
