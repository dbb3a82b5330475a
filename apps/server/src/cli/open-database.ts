// Operator commands open the database like the server does: the secrets key loaded (it seals secrets at rest),
// every migration applied, and the key checked against the database.
import type { OzConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import type { OzDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { SecretBox } from '../pro/secret-box.js';
import { loadSecretBox } from '../pro/secrets-key.js';
import { ensureSecretsKey } from '../pro/secrets-rotation.js';

export interface OpenedDatabase {
  database: OzDatabase;
  secrets: SecretBox;
  migrations: readonly string[];
}

export async function openMigratedDatabase(config: OzConfig): Promise<OpenedDatabase> {
  const database = openDatabase({ databaseUrl: config.DATABASE_URL, sqliteDir: config.OZ_DATA_DIR });
  try {
    const { box } = loadSecretBox(config, database.kind, process.env['NODE_ENV'] === 'production');
    const results = await migrateToLatest(database.db, undefined, { secrets: box });
    await ensureSecretsKey(database.db, box, new Date());
    return { database, secrets: box, migrations: results.map((result) => result.migrationName) };
  } catch (error) {
    await database.destroy();
    throw error;
  }
}
