import { deadlineState, isAwaitingContact } from '@oz/core';
import type { QueueItem } from '@oz/contracts';
import { timeLeft } from '../../features/contact/deadline.js';
import type { ProI18n } from '../i18n/ProI18n.js';

export type Urgency = 'breached' | 'alert' | 'ok' | 'done';

type DeadlineFields = Pick<QueueItem, 'status' | 'createdAt' | 'dueAt' | 'msLeft' | 'breached' | 'alert'>;

/**
 * Where a request stands now against the 48 h promise: the server's flags and time left, aged by the time
 * since its answer (`elapsedMs`, measured on this device so a wrong clock here changes nothing). A flag the
 * server raised stays raised; one due meanwhile is raised by @oz/core's rule, never a re-typed 36 h or 48 h.
 */
export function currentDeadline(
  item: DeadlineFields,
  elapsedMs: number,
): { readonly msLeft: number; readonly breached: boolean; readonly alert: boolean } {
  const dueAt = new Date(item.dueAt);
  const serverNow = new Date(dueAt.getTime() - item.msLeft + Math.max(0, elapsedMs));
  const aged = deadlineState(
    { status: item.status, createdAt: new Date(item.createdAt), dueAt, contactedAt: null },
    serverNow,
  );
  return { msLeft: aged.msLeft, breached: item.breached || aged.breached, alert: item.alert || aged.alert };
}

/** The deadline in words ("reste 11 h", "dépassé de 3 h") with its urgency. */
export function deadlineText(
  i18n: Pick<ProI18n, 't'>,
  item: DeadlineFields,
  elapsedMs: number,
): { readonly urgency: Urgency; readonly text: string } {
  const { t } = i18n;
  if (!isAwaitingContact(item.status)) return { urgency: 'done', text: t('queue.deadlineDone') };
  const deadline = currentDeadline(item, elapsedMs);
  const urgency: Urgency = deadline.breached ? 'breached' : deadline.alert ? 'alert' : 'ok';
  const left = timeLeft(deadline.msLeft);
  switch (left.kind) {
    case 'overdueHours':
      return { urgency, text: t('queue.overdueHours', { count: left.count }) };
    case 'overdueMinutes':
      return { urgency, text: t('queue.overdueMinutes', { count: left.count }) };
    case 'hours':
      return { urgency, text: t('queue.hoursLeft', { count: left.count }) };
    case 'minutes':
      return { urgency, text: t('queue.minutesLeft', { count: left.count }) };
  }
}
