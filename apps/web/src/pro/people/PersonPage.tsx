import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import type { ProRouteProps } from '../routes.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { LoggedViewNotice } from '../shell/LoggedViewNotice.js';
import { useApi } from '../shell/useApi.js';
import { SharedDataView } from './SharedDataView.js';

/** What one linked person shares, exactly as they chose it; the view is logged. */
export function PersonPage({ params }: ProRouteProps): ReactNode {
  const { t, dateTime } = useProI18n();
  const id = params['id'] ?? '';
  const { remote } = useApi(() => api.share(id), `share:${id}`);
  return (
    <>
      <p>
        <Link to="/pro/personnes">{t('person.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        {remote.status === 'ready' ? (remote.value.label ?? t('people.noLabel')) : t('person.title')}
      </h1>
      <LoggedViewNotice />
      {remote.status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {remote.status === 'failed' ? <ApiErrorNotice error={remote.error} /> : null}
      {remote.status === 'ready' ? (
        <>
          <p className="small muted">
            {t('person.linked', { date: dateTime(remote.value.linkedAt) })}{' '}
            {remote.value.updatedAt === null
              ? t('people.nothingYet')
              : t('person.updated', { date: dateTime(remote.value.updatedAt) })}
          </p>
          <p className="small">{t('person.consent')}</p>
          <SharedDataView data={remote.value.data} />
        </>
      ) : null}
    </>
  );
}
