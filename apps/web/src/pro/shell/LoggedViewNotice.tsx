import type { ReactNode } from 'react';
import { useProI18n } from '../i18n/ProI18n.js';

/** Design brief: every view of a person's data is logged, and the professional knows it. */
export function LoggedViewNotice(): ReactNode {
  const { t } = useProI18n();
  return (
    <p className="notice pro-logged">
      <strong>{t('audit.viewLoggedTitle')}</strong> {t('audit.viewLogged')}
    </p>
  );
}
