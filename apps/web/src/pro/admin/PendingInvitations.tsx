import type { TeamInvitation } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n } from '../i18n/ProI18n.js';
import { ProTable } from '../shell/ProTable.js';
import { ROLE_NAMES } from './MemberForm.js';

/** Invitations not yet accepted: each looks the same whatever the address (the server never says more). */
export function PendingInvitations(props: {
  readonly invitations: readonly TeamInvitation[];
  readonly onRevoke: (invitation: TeamInvitation) => void;
}): ReactNode {
  const { t, dateTime } = useProI18n();
  return (
    <section>
      <h2>{t('teamInvite.pending')}</h2>
      {props.invitations.length === 0 ? (
        <p className="muted">{t('teamInvite.none')}</p>
      ) : (
        <ProTable
          caption={t('teamInvite.pending')}
          columns={[
            t('team.name'),
            t('team.email'),
            t('team.role'),
            t('teamInvite.expires'),
            t('team.actions'),
          ]}
        >
          {props.invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row">{invitation.displayName}</th>
              <td>{invitation.email}</td>
              <td>{t(ROLE_NAMES[invitation.role])}</td>
              <td>{dateTime(invitation.expiresAt, { dateStyle: 'medium' })}</td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => props.onRevoke(invitation)}
                >
                  {t('teamInvite.revoke')} <span className="visually-hidden">{invitation.email}</span>
                </button>
              </td>
            </tr>
          ))}
        </ProTable>
      )}
    </section>
  );
}
