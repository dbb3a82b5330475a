import type { ContactRequestStatus } from '@oz/core';
import type { ProMessageKey } from '../i18n/ProI18n.js';

export const STATUS_NAMES: Readonly<Record<ContactRequestStatus, ProMessageKey>> = {
  new: 'status.new',
  assigned: 'status.assigned',
  contacted: 'status.contacted',
  appointment_scheduled: 'status.appointment_scheduled',
  referred: 'status.referred',
  closed_unreachable: 'status.closed_unreachable',
  closed: 'status.closed',
};
