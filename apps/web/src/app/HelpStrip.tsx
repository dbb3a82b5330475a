import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/** Safety within reach on every screen (design brief): the helpline and the emergency numbers. */
export function HelpStrip(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="help-strip" aria-labelledby="help-strip-title">
      <h2 id="help-strip-title" className="small">
        {t('help.stripTitle')}
      </h2>
      <p>
        {t('help.ais')} <a href="tel:+33980980930">0 980 980 930</a>
        <br />
        <span className="muted">{t('help.aisHours')}</span>
      </p>
      <p className="small">
        {t('help.emergency')} <a href="tel:15">15</a> {t('help.or')} <a href="tel:112">112</a>
      </p>
    </section>
  );
}
