import type { ReactNode } from 'react';
import { ApiFailure } from '../api.js';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';

const KNOWN: Readonly<Record<string, ProMessageKey>> = {
  network: 'error.network',
  not_signed_in: 'error.signedOut',
  csrf_token_invalid: 'error.csrf',
  request_changed: 'error.changed',
  forbidden: 'error.forbidden',
  no_structure: 'error.noStructure',
};

/** An API failure in the professional's language, with the server's sentence for anything unusual. */
export function ApiErrorNotice({ error }: { readonly error: unknown }): ReactNode {
  const { t } = useProI18n();
  const failure = error instanceof ApiFailure ? error : null;
  const known =
    failure === null
      ? undefined
      : (KNOWN[failure.code] ??
        (failure.status === 403 ? 'error.forbidden' : failure.status === 404 ? 'error.notFound' : undefined));
  return (
    <p className="notice notice-error" role="alert">
      {known === undefined ? `${t('error.generic')} ${failure?.message ?? ''}` : t(known)}
    </p>
  );
}
