import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.js';
import type { OzDatabase } from '../database.js';
import { ContactRequestsRepository, StaleStatusError } from './contact-requests.repository.js';
import type { ContactRequestRow } from './contact-requests.repository.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');

function aRow(overrides: Partial<ContactRequestRow> = {}): ContactRequestRow {
  return {
    id: '7d4f0a52-5d8e-4c59-9f0b-4b6f1c8f1a01',
    idempotency_key: 'key-0000000000000001',
    payload_fingerprint: 'fingerprint',
    tracking_token_hash: 'hash',
    subject: 'self',
    first_name: 'Camille',
    phone: '0612345678',
    email: null,
    preferred_slots: '[]',
    postal_code: '75011',
    message: null,
    consent_to_share: 0,
    attachment: null,
    locale: 'fr',
    status: 'new',
    structure_id: null,
    referred_from: null,
    assigned_user_id: null,
    created_at: NOW.toISOString(),
    due_at: '2026-03-04T09:00:00.000Z',
    stat_age_band: null,
    stat_sex: null,
    stat_level: null,
    stat_departement: null,
    contacted_at: null,
    alert_sent_at: null,
    closed_at: null,
    purge_at: null,
    purged_at: null,
    updated_at: NOW.toISOString(),
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

  it('inserts once per idempotency key', async () => {
    expect((await repository.insertOnce(aRow(), [])).created).toBe(true);
    const again = await repository.insertOnce(aRow({ id: '7d4f0a52-5d8e-4c59-9f0b-4b6f1c8f1a02' }), []);
    expect(again).toMatchObject({ created: false, row: { id: aRow().id } });
  });

  it('refuses a change based on a status that moved meanwhile', async () => {
    await repository.insertOnce(aRow(), []);
    await repository.change(
      aRow().id,
      'new',
      { status: 'contacted' },
      { kind: 'status_changed', to_status: 'contacted' },
      NOW,
    );
    await expect(
      repository.change(
        aRow().id,
        'new',
        { status: 'closed' },
        { kind: 'status_changed', to_status: 'closed' },
        NOW,
      ),
    ).rejects.toBeInstanceOf(StaleStatusError);
    const events = await repository.events(aRow().id);
    expect(events.map((event) => event.kind)).toEqual(['created', 'status_changed']);
  });

  it('purges once and only what is due', async () => {
    await repository.insertOnce(aRow({ purge_at: '2026-06-01T00:00:00.000Z', status: 'closed' }), []);
    expect(await repository.dueForPurge(new Date('2026-05-31T23:59:59.000Z'))).toEqual([]);
    const due = await repository.dueForPurge(new Date('2026-06-01T00:00:00.000Z'));
    expect(due).toEqual([aRow().id]);
    await repository.purge(aRow().id, new Date('2026-06-01T00:00:00.000Z'));
    await repository.purge(aRow().id, new Date('2026-06-02T00:00:00.000Z'));
    expect(await repository.dueForPurge(new Date('2026-07-01T00:00:00.000Z'))).toEqual([]);
    const events = await repository.events(aRow().id);
    expect(events.filter((event) => event.kind === 'purged')).toHaveLength(1);
    expect(await repository.findById(aRow().id)).toMatchObject({
      phone: null,
      first_name: null,
      postal_code: null,
    });
  });
});
