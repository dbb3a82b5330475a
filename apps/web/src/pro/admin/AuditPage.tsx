import { PRO_ROLES, type AuditEntry, type ProRole } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { ProTable } from '../shell/ProTable.js';
import { useApi } from '../shell/useApi.js';
import { ROLE_NAMES } from './MemberForm.js';

function isRole(value: string): value is ProRole {
  return (PRO_ROLES as readonly string[]).includes(value);
}

/** Who viewed or changed what, newest first (identifiers only, never payloads): for structure admins. */
export function AuditPage(): ReactNode {
  const { t, dateTime } = useProI18n();
  const { remote } = useApi(() => api.audit(), 'audit');
  // Names of the team, so the log reads "Dr Martin" rather than an identifier (others keep their id).
  const team = useApi(() => api.users(), 'audit-team');
  const names = new Map(
    team.remote.status === 'ready' ? team.remote.value.users.map((user) => [user.id, user.displayName]) : [],
  );
  // Older pages, each fetched with the previous page's cursor (stable: entries of one instant are never skipped).
  const [older, setOlder] = useState<{ entries: readonly AuditEntry[]; nextCursor: string | null }>({
    entries: [],
    nextCursor: null,
  });
  const [error, setError] = useState<unknown>(null);
  const entries = remote.status === 'ready' ? [...remote.value.entries, ...older.entries] : [];
  const nextCursor =
    remote.status !== 'ready' ? null : older.entries.length > 0 ? older.nextCursor : remote.value.nextCursor;
  return (
    <>
      <h1 tabIndex={-1}>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      {remote.status === 'failed' ? <ApiErrorNotice error={remote.error} /> : null}
      {error === null ? null : <ApiErrorNotice error={error} />}
      {remote.status === 'ready' ? (
        <ProTable
          caption={t('audit.title')}
          columns={[t('audit.when'), t('audit.who'), t('audit.action'), t('audit.subject')]}
        >
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{dateTime(entry.at)}</td>
              <td>
                {entry.actorId === null ? t('audit.person') : (names.get(entry.actorId) ?? entry.actorId)}
                {entry.actorRole === null || !isRole(entry.actorRole)
                  ? ''
                  : ` (${t(ROLE_NAMES[entry.actorRole])})`}
              </td>
              <td>
                <code>{entry.action}</code>
                {entry.detail === null ? null : <code> ({entry.detail})</code>}
              </td>
              <td>
                {entry.subjectType} {entry.subjectId ?? ''}
              </td>
            </tr>
          ))}
        </ProTable>
      ) : null}
      {nextCursor === null ? null : (
        <button
          type="button"
          className="button"
          onClick={() => {
            setError(null);
            api.audit(nextCursor).then(
              (page) =>
                setOlder((current) => ({
                  entries: [...current.entries, ...page.entries],
                  nextCursor: page.nextCursor,
                })),
              setError,
            );
          }}
        >
          {t('audit.more')}
        </button>
      )}
    </>
  );
}
