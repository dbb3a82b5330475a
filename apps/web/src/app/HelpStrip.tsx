import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { ALCOOL_INFO_SERVICE, EUROPEAN_EMERGENCY, SAMU, SUICIDE_PREVENTION } from '../ui/helplines.js';

/**
 * Safety within reach on every screen (design brief, issue 8): Alcool Info Service with its official wording, the
 * 3114 (suicide prevention, 24/7) and the emergency numbers.
 */
export function HelpStrip(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="help-strip" aria-labelledby="help-strip-title">
      <h2 id="help-strip-title" className="small">
        {t('help.stripTitle')}
      </h2>
      <p>
        {t('help.ais')} <a href={ALCOOL_INFO_SERVICE.tel}>{ALCOOL_INFO_SERVICE.display}</a>
        <br />
        <span className="muted">{t('help.aisHours')}</span>
      </p>
      <p className="small">
        {t('help.suicide')} <a href={SUICIDE_PREVENTION.tel}>{SUICIDE_PREVENTION.display}</a>
        <br />
        <span className="muted">{t('help.suicideHours')}</span>
      </p>
      <p className="small">
        {t('help.emergency')} <a href={SAMU.tel}>{SAMU.display}</a> {t('help.or')}{' '}
        <a href={EUROPEAN_EMERGENCY.tel}>{EUROPEAN_EMERGENCY.display}</a>
      </p>
    </section>
  );
}
