import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { browserRefusesMeasurement } from '../../stats/browser.js';
import { getStatisticsSettings } from '../../stats/settings.js';
import { useStored } from '../../storage/changes.js';

/** Said only when the person agreed to add their profile to the statistics (issue 12). */
function StatisticsLine(): ReactNode {
  const { t } = useI18n();
  const settings = useStored(getStatisticsSettings, 'statistics');
  const shared =
    settings.status === 'ready' &&
    settings.value.enabled &&
    settings.value.shareProfile &&
    !browserRefusesMeasurement();
  return shared ? <li>{t('stats.contactNotice')}</li> : null;
}

/** Who sees what, and for how long (design brief: every action that sends something says so first). */
export function PrivacyNotice(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="notice" aria-labelledby="contact-privacy-title">
      <h2 id="contact-privacy-title" className="h3">
        {t('contact.privacyTitle')}
      </h2>
      <ul className="small">
        <li>{t('contact.privacyWho')}</li>
        <li>{t('contact.privacyWhat')}</li>
        <li>{t('contact.privacyHowLong')}</li>
        <li>{t('contact.privacyWithdraw')}</li>
        <li>{t('contact.privacyDiary')}</li>
        <StatisticsLine />
      </ul>
    </section>
  );
}
