// Runs `work` in a database transaction — or inside the caller's one when `db` already is a transaction, so a
// repository method that needs atomicity can be used alone or as one step of a larger unit of work.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export function inTransaction<T>(
  db: Kysely<Database>,
  work: (transaction: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
