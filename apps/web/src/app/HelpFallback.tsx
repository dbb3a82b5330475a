import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { PageTitle } from '../ui/PageTitle.js';

/** Shown at /aide only until the care finder (features/help) is built. */
export default function HelpFallback(): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('route.help')}</PageTitle>
      <p>{t('help.fallbackIntro')}</p>
      <p>
        {t('help.ais')} <a href="tel:+33980980930">0 980 980 930</a> — {t('help.aisHours')}
      </p>
      <p>
        {t('help.emergency')} <a href="tel:15">15</a> {t('help.or')} <a href="tel:112">112</a>
      </p>
    </>
  );
}
