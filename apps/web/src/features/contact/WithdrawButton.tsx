import { useState, type ReactNode } from 'react';
import { navigate } from '../../app/navigation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { withdrawContactRequest } from '../../sync/local.js';
import { pokeOutbox } from '../../sync/start.js';
import type { LocalContactRequest } from '../../sync/types.js';

/**
 * "Retirer ma demande": erases the request on the server (not undoable, so it asks once, inline). Offline,
 * the erasure waits in the outbox like any other send.
 */
export function WithdrawButton({ record }: { readonly record: LocalContactRequest }): ReactNode {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {t('requests.withdraw')}
      </button>
    );
  }
  return (
    <div className="card" role="group" aria-labelledby="withdraw-confirm-text">
      <p id="withdraw-confirm-text">{t('requests.withdrawConfirmText')}</p>
      <div className="row">
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            void withdrawContactRequest(record.localId).then(() => {
              pokeOutbox();
              navigate('/mes-demandes', { replace: true });
            });
          }}
        >
          {t('requests.withdrawConfirm')}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {t('requests.withdrawKeep')}
        </button>
      </div>
    </div>
  );
}
