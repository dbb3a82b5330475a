// TOTP seeds at rest (issue 9): sealed with a key kept outside the database; seeds stored in clear by an older
// release are sealed by migration 023; a process started with another key refuses to start; a rotation re-seals.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import type { OzDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { migrationsFor } from '../db/migrations/index.js';
import { UsersRepository } from '../db/repositories/users.repository.js';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../test-support/databases.js';
import { SecretBox, isSealed } from './secret-box.js';
import { loadSecretBox } from './secrets-key.js';
import { ensureSecretsKey } from './secrets-rotation.js';
import { newTotpSecret } from './totp.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');

describe.each(TEST_DATABASE_KINDS)('secrets at rest (%s)', (kind) => {
  let database: OzDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(async () => {
    await database.destroy();
  });

  async function aUserWithSeed(users: UsersRepository, seed: string): Promise<string> {
    const user = await users.create(
      {
        email: `u${randomBytes(4).toString('hex')}@oz.test`,
        displayName: 'U',
        passwordHash: 'x',
        role: 'professional',
        structureId: null,
        mustChangePassword: false,
      },
      NOW,
    );
    await users.setTotp(user.id, { secret: seed, lastStep: 1 }, NOW);
    return user.id;
  }

  const storedSeed = async (id: string): Promise<string | null> =>
    (
      await database.db
        .selectFrom('users')
        .select('totp_secret')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).totp_secret;

  it('stores seeds sealed and reads them back opened', async () => {
    const users = new UsersRepository(database.db, new SecretBox(randomBytes(32)));
    const seed = newTotpSecret();
    const id = await aUserWithSeed(users, seed);
    const stored = await storedSeed(id);
    expect(stored !== null && isSealed(stored)).toBe(true);
    expect(stored).not.toContain(seed);
    expect((await users.findById(id))?.totpSecret).toBe(seed);
  });

  it('seals the seeds an older release stored in clear (migration 023)', async () => {
    const box = new SecretBox(randomBytes(32));
    const users = new UsersRepository(database.db, box);
    const seed = newTotpSecret();
    const id = await aUserWithSeed(users, seed);
    // As an older release left it: back to migration 022, seed in clear.
    const migrator = new Migrator({
      db: database.db,
      provider: { getMigrations: () => Promise.resolve({ ...migrationsFor({ secrets: box }) }) },
    });
    const { error } = await migrator.migrateTo('022-mail-drops');
    expect(error).toBeUndefined();
    await sql`update users set totp_secret = ${seed} where id = ${id}`.execute(database.db);
    await expect(migrateToLatest(database.db)).rejects.toThrow(/stored in clear/);
    await migrateToLatest(database.db, undefined, { secrets: box });
    expect(isSealed((await storedSeed(id)) ?? '')).toBe(true);
    expect((await users.findById(id))?.totpSecret).toBe(seed);
  });

  it('refuses to start with another key, and re-seals everything after a rotation', async () => {
    const oldKey = randomBytes(32);
    const old = new SecretBox(oldKey);
    await ensureSecretsKey(database.db, old, NOW);
    const seed = newTotpSecret();
    const id = await aUserWithSeed(new UsersRepository(database.db, old), seed);
    await expect(ensureSecretsKey(database.db, new SecretBox(randomBytes(32)), NOW)).rejects.toThrow(
      ConfigError,
    );
    const rotatedKey = randomBytes(32);
    const rotated = new SecretBox(rotatedKey, [oldKey]);
    expect(await ensureSecretsKey(database.db, rotated, NOW)).toBe(1);
    // Only the new key is needed from now on: the old one can be dropped from the configuration.
    const newKeyOnly = new SecretBox(rotatedKey);
    expect((await new UsersRepository(database.db, newKeyOnly).findById(id))?.totpSecret).toBe(seed);
    await expect(ensureSecretsKey(database.db, old, NOW)).rejects.toThrow(ConfigError);
    expect(await ensureSecretsKey(database.db, rotated, NOW)).toBe(0);
  });
});

describe('the secrets key', () => {
  it('is created once in the data directory, private to its owner, and read back by the next start', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oz-key-'));
    const config = loadConfig({ OZ_DATA_DIR: dataDir });
    const first = loadSecretBox(config, 'sqlite', false);
    expect(first.source).toBe('created in the data directory');
    expect(statSync(join(dataDir, 'secrets.key')).mode & 0o777).toBe(0o600);
    const second = loadSecretBox(config, 'sqlite', false);
    expect(second.source).toBe('data directory');
    expect(second.box.currentKeyId).toBe(first.box.currentKeyId);
    expect(readFileSync(join(dataDir, 'secrets.key'), 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('must be given with PostgreSQL in production, and must be 32 bytes', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oz-key-'));
    expect(() => loadSecretBox(loadConfig({ OZ_DATA_DIR: dataDir }), 'postgres', true)).toThrow(
      /OZ_SECRETS_KEY/,
    );
    const given = randomBytes(32).toString('base64');
    expect(loadSecretBox(loadConfig({ OZ_SECRETS_KEY: given }), 'postgres', true).source).toBe(
      'OZ_SECRETS_KEY',
    );
    expect(() => loadSecretBox(loadConfig({ OZ_SECRETS_KEY: 'too short' }), 'sqlite', false)).toThrow(
      /32 random bytes/,
    );
  });
});
