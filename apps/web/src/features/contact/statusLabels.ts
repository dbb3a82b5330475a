import type { ContactRequestStatus } from '@oz/core';
import type { MessageKey } from '../../i18n/fr.js';

/** The steps as the person reads them (never the professionals' vocabulary). */
export const STATUS_LABELS: Readonly<Record<ContactRequestStatus, MessageKey>> = {
  new: 'requests.status.new',
  assigned: 'requests.status.assigned',
  contacted: 'requests.status.contacted',
  appointment_scheduled: 'requests.status.appointment_scheduled',
  referred: 'requests.status.referred',
  closed_unreachable: 'requests.status.closed_unreachable',
  closed: 'requests.status.closed',
};
