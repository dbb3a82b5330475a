import type { ContactRequestTracking } from '@oz/contracts';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { nowIso } from '../../storage/ids.js';
import { saveContactRequest } from '../../sync/local.js';
import type { LocalContactRequest } from '../../sync/types.js';
import { timeLeft } from './deadline.js';
import { useNow } from './useNow.js';
import { STATUS_LABELS } from './statusLabels.js';
import { fetchTracking, isContactStatus, type TrackingResult } from './tracking.js';

const REFRESH_MS = 60_000;

type View = { readonly kind: 'loading' } | TrackingResult;

function useTracking(record: LocalContactRequest): View {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const serverId = record.server?.id;
  // The record object is re-created on every save: the effect depends on the server id, reads the latest.
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
  });
  useEffect(() => {
    let live = true;
    const refresh = (): void => {
      const current = latest.current;
      void fetchTracking(current).then((result) => {
        if (!live) return;
        setView(result);
        if (result.kind === 'ok' && result.tracking.status !== current.lastStatus) {
          void saveContactRequest({
            ...current,
            lastStatus: result.tracking.status,
            lastCheckedAt: nowIso(),
          });
        }
      });
    };
    refresh();
    // While the page stays open, the status follows what the professional does.
    const timer = window.setInterval(refresh, REFRESH_MS);
    window.addEventListener('online', refresh);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('online', refresh);
    };
  }, [serverId]);
  return view;
}

function Deadline(props: { readonly dueAt: string; readonly contactedAt: string | null }): ReactNode {
  const { t, dateTime } = useI18n();
  const now = useNow();
  const due = new Date(props.dueAt);
  if (props.contactedAt !== null) {
    return <p>{t('requests.contactedOn', { date: dateTime(new Date(props.contactedAt)) })}</p>;
  }
  const left = timeLeft(due.getTime() - now);
  const date = dateTime(due, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <p>
      <strong>{t('requests.promise', { date })}</strong>{' '}
      {left.kind === 'hours' || left.kind === 'minutes'
        ? t(left.kind === 'hours' ? 'requests.hoursLeft' : 'requests.minutesLeft', { count: left.count })
        : t('requests.late')}
    </p>
  );
}

function Steps({ tracking }: { readonly tracking: ContactRequestTracking }): ReactNode {
  const { t, dateTime } = useI18n();
  return (
    <ol className="steps">
      {tracking.steps.map((step) => (
        <li key={`${step.status}-${step.at}`}>
          <strong>{t(STATUS_LABELS[step.status])}</strong>{' '}
          <span className="muted small">{dateTime(new Date(step.at))}</span>
        </li>
      ))}
    </ol>
  );
}

/** A request the server has: its live status (or the last one known when offline) and the 48 h promise. */
export function SentRequestStatus({ record }: { readonly record: LocalContactRequest }): ReactNode {
  const { t, dateTime } = useI18n();
  const view = useTracking(record);
  const server = record.server;
  if (server === null) return null;
  if (view.kind === 'gone') return <p className="notice">{t('requests.gone')}</p>;
  const tracking = view.kind === 'ok' ? view.tracking : null;
  const structure = tracking?.structure ?? null;
  const status = tracking?.status ?? (isContactStatus(record.lastStatus) ? record.lastStatus : 'new');
  return (
    <section className="card" aria-labelledby="request-status-title">
      <h2 id="request-status-title">{t(STATUS_LABELS[status])}</h2>
      <p className="small muted">{t('requests.sentOn', { date: dateTime(new Date(server.createdAt)) })}</p>
      <Deadline dueAt={tracking?.dueAt ?? server.dueAt} contactedAt={tracking?.contactedAt ?? null} />
      {structure === null ? null : (
        <p>
          {t('requests.structure', { name: structure.name })}
          {structure.phone === null ? null : (
            <>
              {' '}
              <a href={`tel:${structure.phone.replace(/\s/g, '')}`}>{structure.phone}</a>
            </>
          )}
        </p>
      )}
      {tracking === null ? (
        view.kind === 'unreachable' ? (
          <p className="small muted">
            {t('requests.offlineStatus', {
              date: record.lastCheckedAt === null ? '—' : dateTime(new Date(record.lastCheckedAt)),
            })}
          </p>
        ) : null
      ) : (
        <Steps tracking={tracking} />
      )}
    </section>
  );
}
