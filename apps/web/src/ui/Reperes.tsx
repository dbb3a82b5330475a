import { MAX_STANDARD_DRINKS_PER_DAY, MAX_STANDARD_DRINKS_PER_WEEK } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/** The French low-risk repères (Santé publique France 2017), numbers from @oz/core. */
export function Reperes(): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <ul>
        <li>{t('reperes.week', { max: MAX_STANDARD_DRINKS_PER_WEEK })}</li>
        <li>{t('reperes.day', { max: MAX_STANDARD_DRINKS_PER_DAY })}</li>
        <li>{t('reperes.notEveryDay')}</li>
      </ul>
      <p className="small muted">{t('reperes.standardDrink')}</p>
      <p className="small muted">{t('reperes.zero')}</p>
    </>
  );
}
