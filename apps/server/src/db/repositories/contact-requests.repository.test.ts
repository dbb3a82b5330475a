import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.js';
import type { OzDatabase } from '../database.js';
import type { NewContactRequest } from './contact-request-records.js';
import { ContactRequestsRepository, StaleStatusError } from './contact-requests.repository.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');

function aRequest(overrides: Partial<NewContactRequest> = {}): NewContactRequest {
  return {
    id: '7d4f0a52-5d8e-4c59-9f0b-4b6f1c8f1a01',
    idempotencyKey: 'key-0000000000000001',
    payloadFingerprint: 'fingerprint',
    trackingTokenHash: 'hash',
    subject: 'self',
    firstName: 'Camille',
    phone: '0612345678',
    email: null,
    preferredSlots: ['morning'],
    postalCode: '75011',
    message: null,
    consentToShare: false,
    attachment: null,
    locale: 'fr',
    status: 'new',
    structureId: null,
    referredFrom: null,
    assignedUserId: null,
    createdAt: NOW.toISOString(),
    dueAt: '2026-03-04T09:00:00.000Z',
    contactedAt: null,
    alertSentAt: null,
    closedAt: null,
    purgeAt: null,
    purgedAt: null,
    updatedAt: NOW.toISOString(),
    ...overrides,
  };
}

describe.each(TEST_DATABASE_KINDS)('ContactRequestsRepository (%s)', (kind) => {
  let database: OzDatabase;
  let repository: ContactRequestsRepository;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
    repository = new ContactRequestsRepository(database.db);
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('inserts once per idempotency key and reads back domain values', async () => {
    const first = await repository.insertOnce(aRequest());
    expect(first.created).toBe(true);
    const again = await repository.insertOnce(aRequest({ id: '7d4f0a52-5d8e-4c59-9f0b-4b6f1c8f1a02' }));
    expect(again).toMatchObject({ created: false, request: { id: aRequest().id } });
    const stored = await repository.findById(aRequest().id);
    expect(stored).toMatchObject({
      consentToShare: false,
      preferredSlots: ['morning'],
      status: 'new',
      assigneeName: null,
    });
  });

  it('settles concurrent inserts of one key: one row, one created event', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        repository.insertOnce(aRequest({ id: `7d4f0a52-5d8e-4c59-9f0b-4b6f1c8f1a1${index}` })),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    expect(new Set(outcomes.map((outcome) => outcome.request.id)).size).toBe(1);
    const winner = outcomes[0]?.request.id ?? '';
    expect((await repository.events(winner)).map((event) => event.kind)).toEqual(['created']);
  });

  it('refuses a change based on a status that moved meanwhile', async () => {
    await repository.insertOnce(aRequest());
    await repository.change(
      aRequest().id,
      'new',
      { status: 'contacted' },
      { kind: 'status_changed', toStatus: 'contacted' },
      NOW,
    );
    await expect(
      repository.change(
        aRequest().id,
        'new',
        { status: 'closed' },
        { kind: 'status_changed', toStatus: 'closed' },
        NOW,
      ),
    ).rejects.toBeInstanceOf(StaleStatusError);
    const events = await repository.events(aRequest().id);
    expect(events.map((event) => event.kind)).toEqual(['created', 'status_changed']);
  });

  it('purges once and only what is due', async () => {
    await repository.insertOnce(aRequest({ purgeAt: '2026-06-01T00:00:00.000Z', status: 'closed' }));
    expect(await repository.dueForPurge(new Date('2026-05-31T23:59:59.000Z'))).toEqual([]);
    const due = await repository.dueForPurge(new Date('2026-06-01T00:00:00.000Z'));
    expect(due).toEqual([aRequest().id]);
    expect(await repository.purge(aRequest().id, new Date('2026-06-01T00:00:00.000Z'))).toBe(true);
    expect(await repository.purge(aRequest().id, new Date('2026-06-02T00:00:00.000Z'))).toBe(false);
    expect(await repository.dueForPurge(new Date('2026-07-01T00:00:00.000Z'))).toEqual([]);
    const events = await repository.events(aRequest().id);
    expect(events.filter((event) => event.kind === 'purged')).toHaveLength(1);
    expect(await repository.findById(aRequest().id)).toMatchObject({
      phone: null,
      firstName: null,
      postalCode: null,
      preferredSlots: [],
    });
  });
});
