import type { RequestDetail } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { navigate } from '../../app/navigation.js';
import { useNow } from '../../features/contact/useNow.js';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { DeadlineCell } from '../queue/DeadlineCell.js';
import { deadlineText } from '../queue/timeLeftText.js';
import type { ProRouteProps } from '../routes.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { LoggedViewNotice } from '../shell/LoggedViewNotice.js';
import { ShortcutHelp } from '../shell/ShortcutHelp.js';
import { useSession } from '../shell/session.js';
import { useShortcuts } from '../shell/shortcuts.js';
import { useApi } from '../shell/useApi.js';
import { ActionsPanel } from './ActionsPanel.js';
import { History } from './History.js';
import { PersonCard } from './PersonCard.js';
import { STATUS_NAMES } from './statusNames.js';

function focusById(id: string): void {
  document.getElementById(id)?.focus();
}

function Detail(props: {
  readonly request: RequestDetail;
  /** This device's clock when `request` arrived (ages its deadline flags). */
  readonly receivedAt: number;
  readonly onChange: (next: RequestDetail) => void;
}): ReactNode {
  const i18n = useProI18n();
  const { t } = i18n;
  const { session } = useSession();
  const { request } = props;
  const [error, setError] = useState<unknown>(null);
  const now = useNow();
  const deadline = deadlineText(i18n, request, now - props.receivedAt);

  const run = (action: () => Promise<RequestDetail>): Promise<boolean> => {
    setError(null);
    return action().then(
      (next) => {
        props.onChange(next);
        return true;
      },
      (caught: unknown) => {
        setError(caught);
        return false;
      },
    );
  };

  useShortcuts({
    a: () => void run(() => api.assign(request.id, session.user.id)),
    t: () => focusById('attempt-channel'),
    s: () => focusById('status-next'),
    n: () => focusById('note-text'),
    o: () => focusById('refer-structure'),
    Escape: () => navigate('/pro'),
  });

  return (
    <>
      <p className="pro-detail-summary">
        <DeadlineCell urgency={deadline.urgency} text={deadline.text} />
        <span>
          {t('request.statusIs')} <strong>{t(STATUS_NAMES[request.status])}</strong>
        </span>
        <span>
          {t('request.assignedTo')}{' '}
          <strong>{request.assignedTo?.displayName ?? t('queue.unassigned')}</strong>
        </span>
      </p>
      {error === null ? null : <ApiErrorNotice error={error} />}
      <div className="pro-columns">
        <div>
          <PersonCard request={request} />
          <History events={request.events} />
        </div>
        <ActionsPanel request={request} run={run} />
      </div>
      <ShortcutHelp
        keys={[
          'request.keys.assign',
          'request.keys.attempt',
          'request.keys.status',
          'request.keys.note',
          'request.keys.refer',
          'request.keys.back',
        ]}
      />
    </>
  );
}

/** One request: who, how to reach them, what they attached (with consent), the history and the actions. */
export function RequestPage({ params }: ProRouteProps): ReactNode {
  const { t } = useProI18n();
  const id = params['id'] ?? '';
  const { remote, replace } = useApi(() => api.request(id), `request:${id}`);
  return (
    <>
      <p>
        <Link to="/pro">{t('request.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        {remote.status === 'ready'
          ? t('request.heading', { name: remote.value.firstName ?? t('queue.erased') })
          : t('request.title')}
      </h1>
      <LoggedViewNotice />
      {remote.status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {remote.status === 'failed' ? <ApiErrorNotice error={remote.error} /> : null}
      {remote.status === 'ready' ? (
        <Detail request={remote.value} receivedAt={remote.receivedAt} onChange={replace} />
      ) : null}
    </>
  );
}
