import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { deleteEverything } from '../../storage/repositories.js';
import { runWrite } from '../../app/useWrite.js';

type Step = 'idle' | 'confirming' | 'erasing' | 'server-failed';

async function eraseServerCopies(): Promise<number> {
  // Loaded on demand: the outbox code is only needed by people who sent something.
  const { eraseServerCopies: erase } = await import('../../sync/erase.js');
  return (await erase()).failed;
}

async function eraseDevice(): Promise<void> {
  // If the device cannot be erased, the banner says so and the choice stays on screen to try again.
  const erased = await runWrite(deleteEverything);
  if (erased.ok) window.location.assign('/');
}

/**
 * "Tout effacer" really erases everything (design brief): first the server copies (contact requests are
 * withdrawn, shares revoked) with the tokens only this device holds, then the device. If the server copies
 * cannot be erased now, the person decides: retry, or erase the device only, knowing what stays where.
 */
export function DeleteAll(): ReactNode {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>('idle');

  async function eraseAll(): Promise<void> {
    setStep('erasing');
    const failed = await eraseServerCopies().catch(() => 1);
    if (failed > 0) {
      setStep('server-failed');
      return;
    }
    await eraseDevice();
  }

  if (step === 'idle') {
    return (
      <button type="button" className="button button-danger" onClick={() => setStep('confirming')}>
        {t('data.deleteAll')}
      </button>
    );
  }
  return (
    <div
      className="notice notice-caution"
      role="alertdialog"
      aria-labelledby="delete-confirm-title"
      aria-describedby="delete-confirm-body"
    >
      <h3 id="delete-confirm-title">{t('data.deleteConfirmTitle')}</h3>
      <p id="delete-confirm-body">
        {step === 'server-failed' ? t('data.deleteServerFailed') : t('data.deleteConfirmBody')}
      </p>
      {step === 'erasing' ? (
        <p role="status">{t('data.deleteErasing')}</p>
      ) : (
        <div className="row">
          <button type="button" className="button button-danger" onClick={() => void eraseAll()}>
            {step === 'server-failed' ? t('data.deleteRetry') : t('data.deleteConfirm')}
          </button>
          {step === 'server-failed' && (
            <button type="button" className="button button-quiet" onClick={() => void eraseDevice()}>
              {t('data.deleteLocalOnly')}
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={() => setStep('idle')}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
