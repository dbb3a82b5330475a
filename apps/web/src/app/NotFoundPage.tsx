import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { PageTitle } from '../ui/PageTitle.js';
import { Link } from './Link.js';

export default function NotFoundPage(): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('route.notFound')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <Link to="/" className="button button-primary">
        {t('notFound.home')}
      </Link>
    </>
  );
}
