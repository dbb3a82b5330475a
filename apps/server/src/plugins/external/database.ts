// Opens the database chosen by DATABASE_URL, loads the key that seals secrets at rest (kept outside the
// database), migrates the database to the latest version before any route is served, checks the key against
// the database, and closes the database when the server stops.
import fp from 'fastify-plugin';
import { openDatabase } from '../../db/database.js';
import type { OzDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { SecretBox } from '../../pro/secret-box.js';
import { loadSecretBox } from '../../pro/secrets-key.js';
import { ensureSecretsKey } from '../../pro/secrets-rotation.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: OzDatabase;
    secretBox: SecretBox;
  }
}

export default fp(
  async (app) => {
    const provided = app.ozOptions.database;
    const database =
      provided ?? openDatabase({ databaseUrl: app.config.DATABASE_URL, sqliteDir: app.config.OZ_DATA_DIR });
    app.decorate('database', database);
    if (provided === undefined) app.addHook('onClose', () => database.destroy());
    const { box, source } = loadSecretBox(app.config, database.kind, app.proConfig.NODE_ENV === 'production');
    app.decorate('secretBox', box);
    const applied = await migrateToLatest(database.db, undefined, { secrets: box });
    if (applied.length > 0)
      app.log.info({ migrations: applied.length, db: database.kind }, 'database migrated');
    const resealed = await ensureSecretsKey(database.db, box, app.ozOptions.now());
    app.log.info({ keyId: box.currentKeyId, source, resealed }, 'secrets key ready');
  },
  { name: 'oz-database', dependencies: ['oz-pro-config'] },
);
