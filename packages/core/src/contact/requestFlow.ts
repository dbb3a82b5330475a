/*
 * The life of a contact request (« Parler à un professionnel », issue 5): its statuses and which may follow
 * which. The server enforces these moves; the workspace shows only the moves they allow.
 */

/** Lifecycle of a request. `referred` means oriented to care outside Oz (a referral on Oz moves it instead). */
export const CONTACT_REQUEST_STATUSES = [
  'new',
  'assigned',
  'contacted',
  'appointment_scheduled',
  'referred',
  'closed_unreachable',
  'closed',
] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/** Statuses in which nobody has reached the person yet: the deadline and the 36 h alert apply. */
export const AWAITING_CONTACT_STATUSES: readonly ContactRequestStatus[] = ['new', 'assigned'];
/** Final statuses: the request leaves the queue and its retention period starts. */
export const CLOSED_STATUSES: readonly ContactRequestStatus[] = ['referred', 'closed_unreachable', 'closed'];
/** Statuses shown in a queue by default. */
export const OPEN_STATUSES: readonly ContactRequestStatus[] = [
  'new',
  'assigned',
  'contacted',
  'appointment_scheduled',
];

/**
 * Allowed moves. Closing as unreachable is possible before any contact (after failed attempts); a final status
 * is never left. `assigned` is reached by assigning someone, not by a status change.
 */
const TRANSITIONS: Readonly<Record<ContactRequestStatus, readonly ContactRequestStatus[]>> = {
  new: ['assigned', 'contacted', 'closed_unreachable', 'closed'],
  assigned: ['contacted', 'closed_unreachable', 'closed'],
  contacted: ['appointment_scheduled', 'referred', 'closed'],
  appointment_scheduled: ['closed'],
  referred: [],
  closed_unreachable: [],
  closed: [],
};

export function isContactRequestStatus(value: string): value is ContactRequestStatus {
  return (CONTACT_REQUEST_STATUSES as readonly string[]).includes(value);
}

export function allowedNextStatuses(from: ContactRequestStatus): readonly ContactRequestStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ContactRequestStatus, to: ContactRequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isClosedStatus(status: ContactRequestStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

export function isAwaitingContact(status: ContactRequestStatus): boolean {
  return AWAITING_CONTACT_STATUSES.includes(status);
}

/** Whether the request may be referred to another structure on Oz (not once final). */
export function canRefer(status: ContactRequestStatus): boolean {
  return !isClosedStatus(status);
}
