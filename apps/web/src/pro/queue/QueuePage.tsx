import type { QueueItem } from '@oz/contracts';
import { useEffect, useState, type ReactNode } from 'react';
import { navigate, useLocation } from '../../app/navigation.js';
import { useNow } from '../../features/contact/useNow.js';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { ShortcutHelp } from '../shell/ShortcutHelp.js';
import { useSession } from '../shell/session.js';
import { useShortcuts } from '../shell/shortcuts.js';
import { useApi } from '../shell/useApi.js';
import { filtersFrom, QueueFilters, queryOf } from './QueueFilters.js';
import { QueueTable } from './QueueTable.js';
import { deadlineText } from './timeLeftText.js';

const REFRESH_MS = 60_000;

/** Most urgent first: the server sorts by deadline; the client keeps that order after a local change. */
export function byDeadline(a: QueueItem, b: QueueItem): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt);
}

function focusRow(index: number): void {
  document.querySelector<HTMLElement>(`[data-queue-row="${String(index)}"]`)?.focus();
}

/** The home page of the workspace: the queue, sorted by deadline, breaches impossible to miss. */
export function QueuePage(): ReactNode {
  const i18n = useProI18n();
  const { t } = i18n;
  const { session } = useSession();
  const { search } = useLocation();
  const filters = filtersFrom(search);
  const query = queryOf(filters);
  const { remote, reload } = useApi(() => api.queue(query), `queue:${query.toString()}`);
  const platform = session.user.role === 'platform_admin';
  const structures = useApi(
    () => (platform ? api.structures() : Promise.resolve({ structures: [] })),
    `queue-structures:${String(platform)}`,
  );
  const now = useNow();
  const [selected, setSelected] = useState(0);
  const [actionError, setActionError] = useState<unknown>(null);

  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  const requests = remote.status === 'ready' ? [...remote.value.requests].sort(byDeadline) : [];
  const elapsedMs = remote.status === 'ready' ? now - remote.receivedAt : 0;
  const breached = requests.filter(
    (item) => deadlineText(i18n, item, elapsedMs).urgency === 'breached',
  ).length;
  const take = (item: QueueItem): void => {
    setActionError(null);
    api.assign(item.id, session.user.id).then(
      () => navigate(`/pro/demandes/${item.id}`),
      (error: unknown) => setActionError(error),
    );
  };
  const move = (step: number): void => {
    const next = Math.min(Math.max(0, selected + step), Math.max(0, requests.length - 1));
    setSelected(next);
    focusRow(next);
  };

  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    p: () => {
      const item = requests[selected];
      if (item !== undefined && item.assignedTo === null && item.status === 'new') take(item);
    },
    r: reload,
  });

  return (
    <>
      <div className="spread">
        <h1 tabIndex={-1}>{t('queue.title')}</h1>
        <button type="button" className="button" onClick={reload}>
          {t('queue.refresh')} <kbd>r</kbd>
        </button>
      </div>
      <QueueFilters
        filters={filters}
        {...(platform && structures.remote.status === 'ready'
          ? { structures: structures.remote.value.structures }
          : {})}
      />
      {actionError === null ? null : <ApiErrorNotice error={actionError} />}
      {remote.status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {remote.status === 'failed' ? <ApiErrorNotice error={remote.error} /> : null}
      {remote.status === 'ready' ? (
        <>
          <p role="status" className={breached > 0 ? 'notice notice-error' : 'muted'}>
            {breached > 0 ? <span aria-hidden="true">⚠ </span> : null}
            {t('queue.summary', { count: requests.length })}
            {breached > 0 ? ` ${t('queue.summaryBreached', { count: breached })}` : ''}
          </p>
          {requests.length === 0 ? (
            <p>{t('queue.empty')}</p>
          ) : (
            <QueueTable requests={requests} elapsedMs={elapsedMs} selected={selected} onTake={take} />
          )}
        </>
      ) : null}
      <ShortcutHelp keys={['queue.keys.move', 'queue.keys.open', 'queue.keys.take', 'queue.keys.refresh']} />
    </>
  );
}
