import type { ProUser } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { ProTable } from '../shell/ProTable.js';
import { useSession } from '../shell/session.js';
import { useApi } from '../shell/useApi.js';
import { MemberForm, ROLE_NAMES } from './MemberForm.js';
import { PendingInvitations } from './PendingInvitations.js';

function OneTimePassword(props: { readonly user: ProUser; readonly password: string }): ReactNode {
  const { t } = useProI18n();
  return (
    <div className="notice notice-success" role="status">
      <p>{t('team.oneTimePassword', { name: props.user.displayName })}</p>
      <p>
        <code className="pro-code">{props.password}</code>
      </p>
      <p className="small">{t('team.oneTimePasswordHint')}</p>
    </div>
  );
}

/**
 * Structure admins manage their team: invite (the answer never says whether the address already has an
 * account on Oz), rename the role, deactivate, reset a password (shown once). Platform admins may also create an
 * account directly.
 */
export function TeamPage(): ReactNode {
  const { t } = useProI18n();
  const { session } = useSession();
  const { remote, reload } = useApi(() => api.users(), 'team');
  const invitations = useApi(() => api.teamInvitations(), 'team-invitations');
  const [shown, setShown] = useState<{ user: ProUser; password: string } | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = (action: Promise<unknown>, then: () => void = reload): void => {
    setError(null);
    action.then(then, setError);
  };
  return (
    <>
      <h1 tabIndex={-1}>{t('team.title')}</h1>
      {shown === null ? null : <OneTimePassword user={shown.user} password={shown.password} />}
      {sentTo === null ? null : (
        <p className="notice notice-success" role="status">
          {t('teamInvite.sent', { email: sentTo })}
        </p>
      )}
      {error === null ? null : <ApiErrorNotice error={error} />}
      {remote.status === 'failed' ? <ApiErrorNotice error={remote.error} /> : null}
      {remote.status === 'ready' ? (
        <ProTable
          caption={t('team.title')}
          columns={[t('team.name'), t('team.email'), t('team.role'), t('team.state'), t('team.actions')]}
        >
          {remote.value.users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.displayName}</th>
              <td>{user.email}</td>
              <td>{t(ROLE_NAMES[user.role])}</td>
              <td>
                {user.active ? t('team.active') : t('team.inactive')}
                {user.totpEnabled ? ` · ${t('team.totp')}` : ''}
              </td>
              <td className="row">
                {user.id === session.user.id ? null : (
                  <>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => act(api.updateUser(user.id, { active: !user.active }))}
                    >
                      {user.active ? t('team.deactivate') : t('team.reactivate')}{' '}
                      <span className="visually-hidden">{user.displayName}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        setError(null);
                        api
                          .resetPassword(user.id)
                          .then(
                            (reset) => setShown({ user: reset.user, password: reset.temporaryPassword }),
                            setError,
                          );
                      }}
                    >
                      {t('team.reset')} <span className="visually-hidden">{user.displayName}</span>
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </ProTable>
      ) : null}
      {invitations.remote.status === 'failed' ? <ApiErrorNotice error={invitations.remote.error} /> : null}
      {invitations.remote.status === 'ready' ? (
        <PendingInvitations
          invitations={invitations.remote.value.invitations}
          onRevoke={(invitation) => act(api.revokeTeamInvitation(invitation.id), invitations.reload)}
        />
      ) : null}
      <MemberForm
        idPrefix="invite"
        title="teamInvite.title"
        intro="teamInvite.intro"
        submitLabel="teamInvite.submit"
        submit={async (fields) => {
          setSentTo(null);
          const invitation = await api.inviteMember(fields);
          setSentTo(invitation.email);
          invitations.reload();
        }}
      />
      {session.user.role === 'platform_admin' ? (
        <MemberForm
          idPrefix="member"
          title="teamInvite.direct"
          submitLabel="team.addSubmit"
          submit={async (fields) => {
            const created = await api.createUser(fields);
            setShown({ user: created.user, password: created.temporaryPassword });
            reload();
          }}
        />
      ) : null}
    </>
  );
}
