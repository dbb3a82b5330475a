// Opens the database chosen by DATABASE_URL, migrates it to the latest version before any route is served,
// and closes it when the server stops.
import fp from 'fastify-plugin';
import { openDatabase } from '../../db/database.js';
import type { OzDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: OzDatabase;
  }
}

export default fp(
  async (app) => {
    const provided = app.ozOptions.database;
    const database =
      provided ?? openDatabase({ databaseUrl: app.config.DATABASE_URL, sqliteDir: app.config.OZ_DATA_DIR });
    app.decorate('database', database);
    if (provided === undefined) app.addHook('onClose', () => database.destroy());
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0)
      app.log.info({ migrations: applied.length, db: database.kind }, 'database migrated');
  },
  { name: 'oz-database' },
);
