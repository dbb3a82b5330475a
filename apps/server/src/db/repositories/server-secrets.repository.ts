// Secrets shared by every server process (HMAC keys), created once in the database by whichever process
// starts first: no configuration to forget, and all processes derive the same tokens.
import type { Kysely } from 'kysely';
import { randomToken } from '../../pro/tokens.js';
import type { Database } from '../schema.js';

export class ServerSecretsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async getOrCreate(name: string, now: Date): Promise<string> {
    await this.db
      .insertInto('server_secrets')
      .values({ name, value: randomToken(32), created_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('server_secrets')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return row.value;
  }
}
