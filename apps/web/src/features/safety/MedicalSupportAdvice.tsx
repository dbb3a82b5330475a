import type { WithdrawalRiskAdvice } from '@oz/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ALCOOL_INFO_SERVICE, SAMU } from '../../ui/helplines.js';

/**
 * What to do when a safety answer is "yes" (or missing): reduce or stop with medical support, and where to
 * find it — GP, Alcool Info Service, CSAPA or hospital, 15 in an emergency (issue 8;
 * docs/reference/clinical-sources.md B.8).
 */
export function MedicalSupportAdvice(props: { readonly advice: WithdrawalRiskAdvice }): ReactNode {
  const { t } = useI18n();
  const { advice } = props;
  const supervised = advice.level === 'supervised-withdrawal';
  return (
    <div className="notice notice-caution" role="note" aria-labelledby="medical-support-title">
      <h3 id="medical-support-title">{t('safety.advice.title')}</h3>
      <p>{t(supervised ? 'safety.advice.supervised-withdrawal' : 'safety.advice.medical-support')}</p>
      {advice.unanswered.length > 0 ? <p>{t('safety.advice.unanswered')}</p> : null}
      {advice.positives.includes('sedatives') ? <p>{t('safety.advice.sedatives')}</p> : null}
      <h4>{t('safety.help.title')}</h4>
      <ul>
        <li>{t('safety.help.doctor')}</li>
        <li>
          {t('safety.help.ais')} <a href={ALCOOL_INFO_SERVICE.tel}>{ALCOOL_INFO_SERVICE.display}</a>
        </li>
        <li>
          <Link to={supervised ? '/aide?type=hospital' : '/aide?type=csapa'}>
            {t(supervised ? 'safety.help.hospital' : 'safety.help.csapa')}
          </Link>
        </li>
        <li>
          {t('safety.help.emergency')} <a href={SAMU.tel}>{SAMU.display}</a>.
        </li>
      </ul>
    </div>
  );
}
