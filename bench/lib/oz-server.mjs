// Oz (compiled dist/) in its own process on the given database: the whole plugin stack as in production
// (security headers, rate limiting, validation, the web host when `webDist` is given), logger off as in the
// ceiling. Rate limits are raised so nothing is refused (what is measured is the cost of counting, not 429s).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './workers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const load = (file) => import(pathToFileURL(join(root, 'apps/server/dist', file)).href);

serve(async ({ sqliteDir, postgresUrl, schema, env = {}, webDist }) => {
  Object.assign(process.env, {
    OZ_RATE_LIMIT_MAX: '1000000000',
    OZ_RATE_LIMIT_CONTACT_MAX: '1000000000',
    OZ_WEB_DIST: webDist ?? join(root, 'nonexistent'),
    OZ_JOBS_INTERVAL_MS: '0',
    SMTP_URL: '',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const [{ buildApp }, { loadConfig }, { openDatabase }, { PlacesIndex }] = await Promise.all([
    load('app.js'),
    load('config.js'),
    load('db/database.js'),
    load('places/places-index.js'),
  ]);
  const database = openDatabase({
    databaseUrl: postgresUrl,
    sqliteDir: sqliteDir ?? ':memory:',
    postgresSchema: schema,
  });
  const places = PlacesIndex.fromFiles(
    join(root, 'data/communes-centroides.csv'),
    join(root, 'data/codes-postaux-centroides.csv'),
  );
  const app = await buildApp({
    config: loadConfig(process.env),
    database,
    places,
    logger: false,
    loadShippedData: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    port: app.server.address().port,
    async close() {
      await app.close();
      await database.destroy();
    },
  };
});
