import { useState, type ReactNode } from 'react';
import { navigate } from '../../app/navigation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { LocalShare } from '../../sync/types.js';
import { revokeShare } from './share.js';

/** "Arrêter le partage": the server copy is deleted and the link removed (not undoable, so asked once). */
export function StopSharing({ share }: { readonly share: LocalShare }): ReactNode {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card" aria-labelledby="share-stop-title">
      <h2 id="share-stop-title" className="h3">
        {t('share.stopTitle')}
      </h2>
      <p className="small">{t('share.stopBody')}</p>
      {confirming ? (
        <div className="row" role="group" aria-label={t('share.stopTitle')}>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              void revokeShare(share).then(() => navigate('/partage', { replace: true }));
            }}
          >
            {t('share.stopConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('share.stopKeep')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('share.stop')}
        </button>
      )}
    </section>
  );
}
