// At start, after the migrations: check that this process holds the key the database's secrets are sealed with,
// and re-seal values sealed with a previous key (key rotation: put the new key in OZ_SECRETS_KEY and the old
// one in OZ_SECRETS_KEY_PREVIOUS, start once, then drop the old one). A process with another key refuses to
// start: it could neither open the stored seeds nor seal new ones that the other processes could open.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { ConfigError } from '../config.js';
import { ServerSecretsRepository } from '../db/repositories/server-secrets.repository.js';
import { totpContextOf } from '../db/repositories/users.repository.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { isSealed, keyIdOfSealed } from './secret-box.js';
import type { SecretBox } from './secret-box.js';

const KEY_ID_NAME = 'secrets-key-id';

interface SeedRow {
  id: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
}

/** Answers how many values were re-sealed with the current key. */
export async function ensureSecretsKey(db: Kysely<Database>, box: SecretBox, now: Date): Promise<number> {
  return inTransaction(db, async (transaction) => {
    const secrets = new ServerSecretsRepository(transaction);
    const recorded = await secrets.getOrCreate(KEY_ID_NAME, now, () => box.currentKeyId);
    if (!box.knows(recorded)) {
      throw new ConfigError([
        `OZ_SECRETS_KEY: this database's secrets are sealed with key ${recorded}, and this process has ` +
          `${box.currentKeyId}: start with the original key (or give it in OZ_SECRETS_KEY_PREVIOUS to rotate)`,
      ]);
    }
    const { rows } = await sql<SeedRow>`
      select id, totp_secret, totp_pending_secret from users
      where totp_secret is not null or totp_pending_secret is not null`.execute(transaction);
    let resealed = 0;
    for (const row of rows) {
      const reseal = (value: string | null): string | null => {
        if (value === null || !isSealed(value) || keyIdOfSealed(value) === box.currentKeyId) return value;
        resealed += 1;
        return box.seal(box.open(value, totpContextOf(row.id)), totpContextOf(row.id));
      };
      const secret = reseal(row.totp_secret);
      const pending = reseal(row.totp_pending_secret);
      if (secret !== row.totp_secret || pending !== row.totp_pending_secret) {
        await transaction
          .updateTable('users')
          .set({ totp_secret: secret, totp_pending_secret: pending })
          .where('id', '=', row.id)
          .execute();
      }
    }
    if (recorded !== box.currentKeyId) await secrets.set(KEY_ID_NAME, box.currentKeyId, now);
    return resealed;
  });
}
