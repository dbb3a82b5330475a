// TOTP seeds were stored in clear (issue 9): seal every stored seed with the secrets key (pro/secret-box.ts),
// which lives outside the database. Runs once, in the migration transaction; a database with seeds in clear and
// no key given refuses to migrate rather than leaving them readable.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { isSealed } from '../../pro/secret-box.js';
import type { SecretBox } from '../../pro/secret-box.js';
import type { Migration } from 'kysely';

interface SeedRow {
  id: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
}

export function sealTotpSecrets(secrets: SecretBox | undefined): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const { rows } = await sql<SeedRow>`
        select id, totp_secret, totp_pending_secret from users
        where totp_secret is not null or totp_pending_secret is not null`.execute(db);
      const clear = rows.filter(
        (row) =>
          (row.totp_secret !== null && !isSealed(row.totp_secret)) ||
          (row.totp_pending_secret !== null && !isSealed(row.totp_pending_secret)),
      );
      if (clear.length === 0) return;
      if (secrets === undefined) {
        throw new Error('TOTP seeds are stored in clear: migrate with the secrets key (OZ_SECRETS_KEY…)');
      }
      for (const row of clear) {
        const seal = (value: string | null): string | null =>
          value === null || isSealed(value) ? value : secrets.seal(value, `totp:${row.id}`);
        await sql`update users set totp_secret = ${seal(row.totp_secret)},
          totp_pending_secret = ${seal(row.totp_pending_secret)} where id = ${row.id}`.execute(db);
      }
    },
    async down(): Promise<void> {
      // Seeds stay sealed: a rollback never writes secrets back in clear.
    },
  };
}
