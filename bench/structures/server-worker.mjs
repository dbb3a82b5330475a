// Runs the compiled Oz server in its own thread (own event loop), so autocannon in the main thread does not
// steal the server's time. Receives the database to open; posts { port } once listening; closes on 'close'.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const root = new URL('../..', import.meta.url).pathname;
const load = (file) => import(pathToFileURL(join(root, 'apps/server/dist', file)).href);
const [{ buildApp }, { loadConfig }, { openDatabase }, { PlacesIndex }] = await Promise.all([
  load('app.js'),
  load('config.js'),
  load('db/database.js'),
  load('places/places-index.js'),
]);

const { sqliteDir, postgresUrl, schema } = workerData;
const database = openDatabase({
  databaseUrl: postgresUrl,
  sqliteDir: sqliteDir ?? ':memory:',
  postgresSchema: schema,
});
const places = PlacesIndex.fromFiles(
  join(root, 'data/communes-centroides.csv'),
  join(root, 'data/codes-postaux-centroides.csv'),
);
const config = loadConfig({ OZ_RATE_LIMIT_MAX: '1000000000', OZ_WEB_DIST: join(root, 'nonexistent') });
const app = await buildApp({ config, database, places, logger: false, loadShippedData: false });
await app.listen({ port: 0, host: '127.0.0.1' });
parentPort.postMessage({ port: app.server.address().port });
parentPort.on('message', async (message) => {
  if (message !== 'close') return;
  await app.close();
  await database.destroy();
  parentPort.postMessage({ closed: true });
});
