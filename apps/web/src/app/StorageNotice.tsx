import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { dismissWriteFailure, onStorageHealth, storageHealth } from '../storage/health.js';

/**
 * The banner every screen shows when the device's storage cannot be used: the database was upgraded by
 * another tab (this one must reload), an older tab blocks this one's upgrade, or a write just failed (what the
 * person typed stays on screen).
 */
export function StorageNotice(): ReactNode {
  const { t } = useI18n();
  const [health, setHealth] = useState(storageHealth);
  useEffect(() => onStorageHealth(setHealth), []);
  if (health.state === 'ok' && !health.writeFailed) return null;
  const reload = (
    <button type="button" className="button" onClick={() => window.location.reload()}>
      {t('failure.reload')}
    </button>
  );
  return (
    <div className="notice notice-error stack" role="alert" data-testid="storage-notice">
      {health.state === 'replaced' ? <p>{t('storage.replaced')}</p> : null}
      {health.state === 'blocked' ? <p>{t('storage.blocked')}</p> : null}
      {health.writeFailed && health.state === 'ok' ? <p>{t('storage.writeFailed')}</p> : null}
      <div className="row">
        {reload}
        {health.state === 'ok' ? (
          <button type="button" className="button button-quiet" onClick={dismissWriteFailure}>
            {t('storage.dismiss')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
