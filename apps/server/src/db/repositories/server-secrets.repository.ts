// Secrets shared by every server process (HMAC keys), created once in the database by whichever process
// starts first: no configuration to forget, and all processes derive the same tokens. Also the id (not the key)
// of the key that seals secrets at rest, so a process started with another key refuses to start.
import type { Kysely } from 'kysely';
import { randomToken } from '../../pro/tokens.js';
import type { Database } from '../schema.js';

export class ServerSecretsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async getOrCreate(name: string, now: Date, create: () => string = () => randomToken(32)): Promise<string> {
    await this.db
      .insertInto('server_secrets')
      .values({ name, value: create(), created_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('server_secrets')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return row.value;
  }

  async set(name: string, value: string, now: Date): Promise<void> {
    await this.db
      .insertInto('server_secrets')
      .values({ name, value, created_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('name').doUpdateSet({ value, created_at: now.toISOString() }))
      .execute();
  }
}
