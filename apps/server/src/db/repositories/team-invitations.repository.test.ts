import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.js';
import { aStructureRecord } from '../../test-support/structure-record.fixture.js';
import type { OzDatabase } from '../database.js';
import { StructuresRepository } from './structures.repository.js';
import { TeamInvitationsRepository } from './team-invitations.repository.js';
import type { NewTeamInvitation } from './team-invitations.repository.js';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const IN_7_DAYS = new Date('2026-12-01T10:00:00.000Z');
const STRUCTURE = 'curated-a';
const OTHER = 'curated-b';

function anInvitation(overrides: Partial<NewTeamInvitation> = {}): NewTeamInvitation {
  return {
    structureId: STRUCTURE,
    email: 'Camille.Martin@Example.org ',
    displayName: 'Camille Martin',
    role: 'professional',
    tokenHash: 'a'.repeat(64),
    invitedBy: 'admin-1',
    expiresAt: IN_7_DAYS,
    ...overrides,
  };
}

describe.each(TEST_DATABASE_KINDS)('TeamInvitationsRepository on %s', (kind) => {
  let database: OzDatabase;
  let repository: TeamInvitationsRepository;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repository = new TeamInvitationsRepository(database.db);
    await new StructuresRepository(database.db).importRecords(
      [aStructureRecord({ sourceId: 'a' }), aStructureRecord({ sourceId: 'b' })],
      { source: 'curated', format: 'csv', fileName: 'test.csv', dataDate: null, rejected: 0 },
      NOW,
    );
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    await database.db.deleteFrom('team_invitations').execute();
  });

  it('stores the address normalised like accounts and finds an invitation by its token hash', async () => {
    const created = await repository.create(anInvitation(), NOW);
    expect(created).toMatchObject({
      email: 'camille.martin@example.org',
      structureId: STRUCTURE,
      role: 'professional',
      createdAt: NOW.toISOString(),
      expiresAt: IN_7_DAYS.toISOString(),
      acceptedAt: null,
    });
    expect(await repository.findByTokenHash('a'.repeat(64))).toEqual(created);
    expect(await repository.findById(created.id)).toEqual(created);
    expect(await repository.findByTokenHash('b'.repeat(64))).toBeUndefined();
  });

  it('lists the pending invitations of one structure, of the platform team, or of everyone', async () => {
    const mine = await repository.create(anInvitation(), NOW);
    await repository.create(anInvitation({ structureId: OTHER, tokenHash: 'b'.repeat(64) }), NOW);
    await repository.create(
      anInvitation({ structureId: null, role: 'platform_admin', tokenHash: 'c'.repeat(64) }),
      NOW,
    );
    expect((await repository.listPending(STRUCTURE, NOW)).map((item) => item.id)).toEqual([mine.id]);
    expect((await repository.listPending(null, NOW)).map((item) => item.role)).toEqual(['platform_admin']);
    expect(await repository.listPending(undefined, NOW)).toHaveLength(3);
  });

  it('accepts an invitation once, never after it expired, and then no longer lists it', async () => {
    const invitation = await repository.create(anInvitation(), NOW);
    const expired = await repository.create(anInvitation({ tokenHash: 'b'.repeat(64), expiresAt: NOW }), NOW);
    expect(await repository.listPending(STRUCTURE, NOW)).toHaveLength(1);
    expect(await repository.markAccepted(expired.id, NOW)).toBe(false);
    const accepted = await Promise.all([
      repository.markAccepted(invitation.id, NOW),
      repository.markAccepted(invitation.id, NOW),
    ]);
    expect(accepted.filter(Boolean)).toHaveLength(1);
    expect((await repository.findById(invitation.id))?.acceptedAt).toBe(NOW.toISOString());
    expect(await repository.listPending(STRUCTURE, NOW)).toEqual([]);
  });

  it('revokes by deleting, and purges invitations that ended before a date', async () => {
    const revoked = await repository.create(anInvitation(), NOW);
    expect(await repository.delete(revoked.id)).toBe(true);
    expect(await repository.delete(revoked.id)).toBe(false);
    const accepted = await repository.create(anInvitation({ tokenHash: 'b'.repeat(64) }), NOW);
    await repository.markAccepted(accepted.id, NOW);
    await repository.create(anInvitation({ tokenHash: 'c'.repeat(64) }), NOW);
    expect(await repository.purgeEndedBefore(new Date(NOW.getTime() + 1000))).toBe(1);
    expect(await repository.listPending(undefined, NOW)).toHaveLength(1);
  });
});
