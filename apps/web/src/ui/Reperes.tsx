import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { usePersonReperes } from './usePersonReperes.js';
import { ZeroRepereNotice } from './ZeroRepereNotice.js';

/**
 * The repères that apply to the person, numbers from @oz/core (SPF 2017; zero during pregnancy and under 18;
 * the older-adult ones from 65), and the situations where zero is the rule or the safest.
 */
export function Reperes(): ReactNode {
  const { t } = useI18n();
  const { limits, zeroReason, olderAdult } = usePersonReperes();
  return (
    <>
      {zeroReason === null ? (
        <ul>
          <li>{t('reperes.week', { max: limits.maxPerWeek })}</li>
          <li>{t('reperes.day', { max: limits.maxPerDay })}</li>
          <li>{t('reperes.notEveryDay')}</li>
        </ul>
      ) : (
        <ZeroRepereNotice reason={zeroReason} />
      )}
      {olderAdult ? <p>{t('reperes.older')}</p> : null}
      <p className="small muted">{t('reperes.standardDrink')}</p>
      <p className="small">{t('reperes.zeroSituations.title')}</p>
      <ul className="small">
        <li>{t('reperes.zeroSituations.driving')}</li>
        <li>{t('reperes.zeroSituations.machines')}</li>
        <li>{t('reperes.zeroSituations.medicines')}</li>
      </ul>
      <p className="small muted">{t('reperes.zero')}</p>
    </>
  );
}
