import type { ReactNode } from 'react';
import { Link } from '../app/Link.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ALCOOL_INFO_SERVICE } from './helplines.js';

/**
 * Shown whenever @oz/core sets withdrawalCaution: never push a possibly dependent person to stop
 * abruptly alone (docs/reference/clinical-sources.md B.8); point to a doctor, a CSAPA or the helpline.
 */
export function WithdrawalCaution(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="notice notice-caution" role="note" aria-labelledby="withdrawal-title">
      <h3 id="withdrawal-title">{t('withdrawal.title')}</h3>
      <p>{t('withdrawal.body')}</p>
      <p>{t('withdrawal.symptoms')}</p>
      <p>
        {t('withdrawal.helpline')} <a href={ALCOOL_INFO_SERVICE.tel}>{ALCOOL_INFO_SERVICE.display}</a>.{' '}
        <Link to="/aide?type=csapa">{t('withdrawal.findCare')}</Link>
      </p>
    </div>
  );
}
