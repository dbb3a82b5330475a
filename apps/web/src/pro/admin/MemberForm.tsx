import { PRO_ROLES, type ProRole } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { TextField } from '../../ui/TextField.js';
import { api } from '../api.js';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { ChoiceSelect } from '../shell/ChoiceSelect.js';
import { useSession } from '../shell/session.js';
import { useApi } from '../shell/useApi.js';

export const ROLE_NAMES: Readonly<Record<ProRole, ProMessageKey>> = {
  professional: 'role.professional',
  structure_admin: 'role.structure_admin',
  platform_admin: 'role.platform_admin',
};

export interface MemberFields {
  readonly email: string;
  readonly displayName: string;
  readonly role: ProRole;
  readonly structureId?: string;
}

/**
 * Name, address and role of a new team member (platform admins also pick the structure): the invitation form,
 * and for platform admins the direct creation form. Cleared once `submit` succeeds; kept as typed otherwise.
 */
export function MemberForm(props: {
  readonly idPrefix: string;
  readonly title: ProMessageKey;
  readonly intro?: ProMessageKey;
  readonly submitLabel: ProMessageKey;
  readonly submit: (fields: MemberFields) => Promise<void>;
}): ReactNode {
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
  const roles = platform ? PRO_ROLES : PRO_ROLES.filter((value) => value !== 'platform_admin');
  const id = (name: string): string => `${props.idPrefix}-${name}`;
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        const own = platform ? chosen : (session.user.structureId ?? '');
        const structureId = role === 'platform_admin' || own === '' ? undefined : own;
        props
          .submit({ email, displayName, role, ...(structureId === undefined ? {} : { structureId }) })
          .then(() => {
            setEmail('');
            setDisplayName('');
          }, setError);
      }}
    >
      <h2>{t(props.title)}</h2>
      {props.intro === undefined ? null : <p className="small muted">{t(props.intro)}</p>}
      {error === null ? null : <ApiErrorNotice error={error} />}
      <div className="pro-grid">
        <TextField
          id={id('name')}
          label={t('team.name')}
          required
          maxLength={100}
          value={displayName}
          onChange={setDisplayName}
        />
        <TextField
          id={id('email')}
          label={t('team.email')}
          type="email"
          required
          value={email}
          onChange={setEmail}
        />
        <div className="field">
          <ChoiceSelect
            id={id('role')}
            label={t('team.role')}
            choices={roles}
            value={role}
            labelOf={(value) => t(ROLE_NAMES[value])}
            onChange={setRole}
          />
        </div>
        {platform && role !== 'platform_admin' ? (
          <div className="field">
            <label htmlFor={id('structure')}>{t('team.structure')}</label>
            <select id={id('structure')} value={chosen} onChange={(event) => setChosen(event.target.value)}>
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
        {t(props.submitLabel)}
      </button>
    </form>
  );
}
