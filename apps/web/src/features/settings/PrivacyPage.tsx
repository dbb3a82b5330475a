import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { StatisticsStatement } from './StatisticsStatement.js';

const ON_DEVICE: readonly MessageKey[] = [
  'privacy.deviceEntries',
  'privacy.deviceDays',
  'privacy.deviceScreenings',
  'privacy.deviceGoals',
  'privacy.deviceDrinks',
  'privacy.deviceSettings',
  'privacy.deviceRequests',
];

/** Exactly what is stored where (design brief: trust and privacy, visible). */
export default function PrivacyPage(): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('privacy.title')}</PageTitle>
      <p>{t('privacy.summary')}</p>
      <section className="card" aria-labelledby="privacy-device">
        <h2 id="privacy-device">{t('privacy.deviceTitle')}</h2>
        <p>{t('privacy.deviceIntro')}</p>
        <ul>
          {ON_DEVICE.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p className="small muted">{t('privacy.deviceCache')}</p>
      </section>
      <section className="card" aria-labelledby="privacy-server">
        <h2 id="privacy-server">{t('privacy.serverTitle')}</h2>
        <p>{t('privacy.serverNothing')}</p>
        <p>{t('privacy.serverHelp')}</p>
        <p>{t('privacy.serverContact')}</p>
        <p>{t('privacy.serverShare')}</p>
        <p>{t('privacy.serverMap')}</p>
        <p>{t('privacy.serverNoTracking')}</p>
      </section>
      <StatisticsStatement />
      <section className="card" aria-labelledby="privacy-control">
        <h2 id="privacy-control">{t('privacy.controlTitle')}</h2>
        <ul>
          <li>{t('privacy.controlExport')}</li>
          <li>{t('privacy.controlDelete')}</li>
          <li>{t('privacy.controlBrowser')}</li>
          <li>{t('privacy.controlPersist')}</li>
        </ul>
      </section>
    </>
  );
}
