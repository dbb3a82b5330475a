import { useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { browserRefusesMeasurement } from '../../stats/browser.js';
import { getStatisticsSettings, updateStatisticsSettings } from '../../stats/settings.js';
import { stopStatistics } from '../../stats/usage.js';
import { notifyChange, useStored } from '../../storage/changes.js';
import { CameFromQuestion } from './CameFromQuestion.js';

/** « Statistiques anonymes » in Réglages: the switch, the optional profile, and the one-time question. */
export function StatisticsSettings(): ReactNode {
  const { t } = useI18n();
  const settings = useStored(getStatisticsSettings, 'statistics');
  const [failed, setFailed] = useState(false);
  if (settings.status !== 'ready') return null;
  const refused = browserRefusesMeasurement();
  const { enabled, shareProfile } = settings.value;
  const saved = (work: Promise<unknown>): void => {
    setFailed(false);
    work.then(
      () => notifyChange(),
      () => setFailed(true),
    );
  };
  return (
    <section className="card" aria-labelledby="statistics-title">
      <h2 id="statistics-title">{t('stats.settingsTitle')}</h2>
      <p className="small">{t('stats.settingsIntro')}</p>
      {refused ? (
        <p className="notice small">{t('stats.browserRefuses')}</p>
      ) : (
        <div className="stack">
          <label className="choice">
            <input
              type="checkbox"
              checked={enabled}
              onChange={(event) =>
                saved(
                  event.target.checked
                    ? updateStatisticsSettings((current) => ({ ...current, enabled: true }))
                    : stopStatistics(),
                )
              }
            />
            {t('stats.enabled')}
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={enabled && shareProfile}
              disabled={!enabled}
              aria-describedby="statistics-profile-hint"
              onChange={(event) =>
                saved(
                  updateStatisticsSettings((current) => ({ ...current, shareProfile: event.target.checked })),
                )
              }
            />
            {t('stats.shareProfile')}
          </label>
          <p id="statistics-profile-hint" className="small muted">
            {t('stats.shareProfileHint')}
          </p>
          {enabled ? <CameFromQuestion /> : null}
        </div>
      )}
      {failed ? (
        <p role="alert" className="small">
          {t('common.errorGeneric')}
        </p>
      ) : null}
      <p className="small">
        <Link to="/confidentialite#statistiques">{t('stats.whatIsCounted')}</Link>
      </p>
    </section>
  );
}
