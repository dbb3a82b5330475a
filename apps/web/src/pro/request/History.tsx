import type { ContactEvent } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { STATUS_NAMES } from './statusNames.js';

const KINDS: Readonly<Record<ContactEvent['kind'], ProMessageKey>> = {
  created: 'event.created',
  assigned: 'event.assigned',
  status_changed: 'event.status_changed',
  contact_attempt: 'event.contact_attempt',
  note: 'event.note',
  referred: 'event.referred',
  purged: 'event.purged',
};

const CHANNELS: Readonly<Record<NonNullable<ContactEvent['channel']>, ProMessageKey>> = {
  phone: 'channel.phone',
  sms: 'channel.sms',
  email: 'channel.email',
  other: 'channel.other',
};

const OUTCOMES: Readonly<Record<NonNullable<ContactEvent['outcome']>, ProMessageKey>> = {
  reached: 'outcome.reached',
  no_answer: 'outcome.no_answer',
  left_message: 'outcome.left_message',
  wrong_number: 'outcome.wrong_number',
};

function detailOf(event: ContactEvent, t: (key: ProMessageKey) => string): string {
  const parts: string[] = [];
  if (event.toStatus !== null) parts.push(`→ ${t(STATUS_NAMES[event.toStatus])}`);
  if (event.channel !== null) parts.push(t(CHANNELS[event.channel]));
  if (event.outcome !== null) parts.push(t(OUTCOMES[event.outcome]));
  return parts.join(' · ');
}

/** Every change, timestamped with who made it (issue 5), newest first. */
export function History({ events }: { readonly events: readonly ContactEvent[] }): ReactNode {
  const { t, dateTime } = useProI18n();
  const newestFirst = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('request.history')}</h2>
      <ol className="pro-history">
        {newestFirst.map((event) => (
          <li key={event.id}>
            <span className="small muted">{dateTime(event.at)}</span> <strong>{t(KINDS[event.kind])}</strong>{' '}
            <span>{detailOf(event, t)}</span>
            {event.actor === null ? null : <span className="small muted"> — {event.actor.displayName}</span>}
            {event.text === null ? null : <p className="pro-message">{event.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
