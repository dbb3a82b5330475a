import { isAwaitingContact, type ContactRequestStatus } from '@oz/contracts';
import { timeLeft } from '../../features/contact/deadline.js';
import type { ProI18n } from '../i18n/ProI18n.js';

export type Urgency = 'breached' | 'alert' | 'ok' | 'done';

/** Where a request stands against the 48 h promise, read in words ("reste 11 h", "dépassé de 3 h"). */
export function deadlineText(
  i18n: Pick<ProI18n, 't'>,
  item: { readonly status: ContactRequestStatus; readonly dueAt: string; readonly createdAt: string },
  now: number,
): { readonly urgency: Urgency; readonly text: string } {
  const { t } = i18n;
  if (!isAwaitingContact(item.status)) return { urgency: 'done', text: t('queue.deadlineDone') };
  const msLeft = Date.parse(item.dueAt) - now;
  const left = timeLeft(msLeft);
  const alertAt = Date.parse(item.createdAt) + 36 * 3_600_000;
  switch (left.kind) {
    case 'overdueHours':
      return { urgency: 'breached', text: t('queue.overdueHours', { count: left.count }) };
    case 'overdueMinutes':
      return { urgency: 'breached', text: t('queue.overdueMinutes', { count: left.count }) };
    case 'hours':
      return { urgency: now >= alertAt ? 'alert' : 'ok', text: t('queue.hoursLeft', { count: left.count }) };
    case 'minutes':
      return { urgency: 'alert', text: t('queue.minutesLeft', { count: left.count }) };
  }
}
