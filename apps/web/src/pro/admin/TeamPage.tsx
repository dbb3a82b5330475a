import { PRO_ROLES, type ProRole, type ProUser } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { TextField } from '../../ui/TextField.js';
import { api } from '../api.js';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { ChoiceSelect } from '../shell/ChoiceSelect.js';
import { ProTable } from '../shell/ProTable.js';
import { useSession } from '../shell/session.js';
import { useApi } from '../shell/useApi.js';

export const ROLE_NAMES: Readonly<Record<ProRole, ProMessageKey>> = {
  professional: 'role.professional',
  structure_admin: 'role.structure_admin',
  platform_admin: 'role.platform_admin',
};

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

function NewMemberForm(props: { readonly onCreated: (user: ProUser, password: string) => void }): ReactNode {
  const { t } = useProI18n();
  const { session } = useSession();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<ProRole>('professional');
  const platform = session.user.role === 'platform_admin';
  const structures = useApi(
    () => (platform ? api.structures() : Promise.resolve({ structures: [] })),
    `structures:${String(platform)}`,
  );
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<unknown>(null);
  const roles =
    session.user.role === 'platform_admin'
      ? PRO_ROLES
      : PRO_ROLES.filter((value) => value !== 'platform_admin');
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        const own = platform ? chosen : (session.user.structureId ?? '');
        const structureId = role === 'platform_admin' || own === '' ? undefined : own;
        api
          .createUser({ email, displayName, role, ...(structureId === undefined ? {} : { structureId }) })
          .then((created) => {
            props.onCreated(created.user, created.temporaryPassword);
            setEmail('');
            setDisplayName('');
          }, setError);
      }}
    >
      <h2>{t('team.add')}</h2>
      {error === null ? null : <ApiErrorNotice error={error} />}
      <div className="pro-grid">
        <TextField
          id="member-name"
          label={t('team.name')}
          required
          maxLength={100}
          value={displayName}
          onChange={setDisplayName}
        />
        <TextField
          id="member-email"
          label={t('team.email')}
          type="email"
          required
          value={email}
          onChange={setEmail}
        />
        <div className="field">
          <ChoiceSelect
            id="member-role"
            label={t('team.role')}
            choices={roles}
            value={role}
            labelOf={(value) => t(ROLE_NAMES[value])}
            onChange={setRole}
          />
        </div>
        {platform && role !== 'platform_admin' ? (
          <div className="field">
            <label htmlFor="member-structure">{t('team.structure')}</label>
            <select id="member-structure" value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">—</option>
              {(structures.remote.status === 'ready' ? structures.remote.value.structures : []).map(
                (structure) => (
                  <option key={structure.structureId} value={structure.structureId}>
                    {structure.name}
                  </option>
                ),
              )}
            </select>
          </div>
        ) : null}
      </div>
      <button type="submit" className="button button-primary">
        {t('team.addSubmit')}
      </button>
    </form>
  );
}

/** Structure admins manage their team: add, rename role, deactivate, reset a password (shown once). */
export function TeamPage(): ReactNode {
  const { t } = useProI18n();
  const { session } = useSession();
  const { remote, reload } = useApi(() => api.users(), 'team');
  const [shown, setShown] = useState<{ user: ProUser; password: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = (action: Promise<unknown>): void => {
    setError(null);
    action.then(reload, setError);
  };
  return (
    <>
      <h1 tabIndex={-1}>{t('team.title')}</h1>
      {shown === null ? null : <OneTimePassword user={shown.user} password={shown.password} />}
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
      <NewMemberForm
        onCreated={(user, password) => {
          setShown({ user, password });
          reload();
        }}
      />
    </>
  );
}
