import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';

const COUNTED: readonly MessageKey[] = [
  'stats.privacyFirstOpen',
  'stats.privacyActive',
  'stats.privacyQuickTest',
  'stats.privacyProgramme',
  'stats.privacyContact',
  'stats.privacyCameFrom',
  'stats.privacyProfile',
];

/** Exactly what the anonymous counts hold (issue 12; the legal frame is in docs/privacy.md). */
export function StatisticsStatement(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="statistiques" id="statistiques-section">
      <h2 id="statistiques">{t('stats.privacyTitle')}</h2>
      <p>{t('stats.privacyIntro')}</p>
      <ul>
        {COUNTED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t('stats.privacyNever')}</p>
      <p>{t('stats.privacyWhoSees')}</p>
    </section>
  );
}
