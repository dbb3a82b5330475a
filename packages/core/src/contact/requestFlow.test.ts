import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOSED_STATUSES,
  CONTACT_REQUEST_STATUSES,
  allowedNextStatuses,
  canRefer,
  canTransition,
  isContactRequestStatus,
  type ContactRequestStatus,
} from './requestFlow.js';

describe('status flow', () => {
  it.each<[ContactRequestStatus, ContactRequestStatus]>([
    ['new', 'assigned'],
    ['new', 'contacted'],
    ['assigned', 'contacted'],
    ['contacted', 'appointment_scheduled'],
    ['contacted', 'referred'],
    ['contacted', 'closed'],
    ['assigned', 'closed_unreachable'],
    ['appointment_scheduled', 'closed'],
  ])('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each<[ContactRequestStatus, ContactRequestStatus]>([
    ['contacted', 'new'],
    ['contacted', 'assigned'],
    ['closed', 'new'],
    ['closed_unreachable', 'contacted'],
    ['appointment_scheduled', 'contacted'],
  ])('refuses %s → %s (going back or leaving a final status)', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('never allows staying in place nor leaving a final status (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONTACT_REQUEST_STATUSES), (status) => {
        expect(canTransition(status, status)).toBe(false);
        if (CLOSED_STATUSES.includes(status)) expect(allowedNextStatuses(status)).toEqual([]);
      }),
    );
  });

  it('allows a referral until the request is closed', () => {
    expect(canRefer('new')).toBe(true);
    expect(canRefer('contacted')).toBe(true);
    expect(canRefer('closed')).toBe(false);
    expect(canRefer('referred')).toBe(false);
  });

  it('recognises its statuses and nothing else', () => {
    expect(isContactRequestStatus('contacted')).toBe(true);
    expect(isContactRequestStatus('archived')).toBe(false);
  });
});
