import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { api } from '../api.js';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { ProTable } from '../shell/ProTable.js';
import { useApi } from '../shell/useApi.js';

const SCOPES: Readonly<Record<'diary' | 'screening', ProMessageKey>> = {
  diary: 'people.scope.diary',
  screening: 'people.scope.screening',
};

/** People linked with the structure (they redeemed an invitation) and what each one chose to share. */
export function PeoplePage(): ReactNode {
  const { t, dateTime } = useProI18n();
  const { remote } = useApi(() => api.shares(), 'shares');
  return (
    <>
      <div className="spread">
        <h1 tabIndex={-1}>{t('people.title')}</h1>
        <Link to="/pro/inviter" className="button button-primary">
          {t('nav.invite')}
        </Link>
      </div>
      {remote.status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {remote.status === 'failed' ? <ApiErrorNotice error={remote.error} /> : null}
      {remote.status === 'ready' && remote.value.shares.length === 0 ? <p>{t('people.none')}</p> : null}
      {remote.status === 'ready' && remote.value.shares.length > 0 ? (
        <ProTable
          caption={t('people.title')}
          columns={[t('people.label'), t('people.linkedAt'), t('people.updatedAt'), t('people.scopes')]}
        >
          {remote.value.shares.map((share) => (
            <tr key={share.id}>
              <th scope="row">
                <Link to={`/pro/personnes/${share.id}`}>{share.label ?? t('people.noLabel')}</Link>
              </th>
              <td>{dateTime(share.linkedAt)}</td>
              <td>{share.updatedAt === null ? t('people.nothingYet') : dateTime(share.updatedAt)}</td>
              <td>
                {share.scopes.length === 0
                  ? t('people.nothingShared')
                  : share.scopes.map((scope) => t(SCOPES[scope])).join(', ')}
              </td>
            </tr>
          ))}
        </ProTable>
      ) : null}
    </>
  );
}
