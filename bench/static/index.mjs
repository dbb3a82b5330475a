// The static app: Oz's web host (compiled server, every plugin) against a bare static server on the same files
// (bench/lib/static-ceiling-server.mjs), alternately in the same run, for the app shell and the person's
// initial JavaScript and CSS, as a browser asks for them (Accept-Encoding: br, gzip → the brotli copies made
// at build). Also checks, once, what a browser would get: encodings, Vary, Cache-Control. Measured, never
// asserted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../lib/load.mjs';
import { startServer } from '../lib/workers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'apps/web/dist');
const HEADERS = { 'accept-encoding': 'br, gzip' };

/** The app shell and the files index.html loads at once (its entry and static imports, CSS). */
function initialPaths() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  return ['/', ...[...files].filter((file) => file !== 'index.html').map((file) => `/${file}`)];
}

async function headersOf(port, path) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: HEADERS });
  await response.arrayBuffer();
  return {
    status: response.status,
    contentEncoding: response.headers.get('content-encoding'),
    vary: response.headers.get('vary'),
    cacheControl: response.headers.get('cache-control'),
  };
}

export default async function run({ log }) {
  if (!existsSync(join(dist, 'index.html.br')))
    throw new Error('apps/web/dist is not built with its precompressed copies: run npm run build');
  const paths = initialPaths();
  const oz = await startServer('../lib/oz-server.mjs', { webDist: dist });
  const ceiling = await startServer('../lib/static-ceiling-server.mjs', { root: dist });
  try {
    const answers = Object.fromEntries(
      await Promise.all(paths.map(async (path) => [path, await headersOf(oz.port, path)])),
    );
    const requests = paths.map((path) => ({ method: 'GET', path }));
    const result = await compare('static', {
      ceiling,
      oz,
      ceilingRequests: requests,
      ozRequests: requests,
      headers: HEADERS,
      log,
    });
    return {
      description:
        'GET of the app shell and the initial JS/CSS with Accept-Encoding: br, gzip: Oz (every plugin) against a ' +
        'bare Fastify + @fastify/static on the same dist/ (same precompressed copies), alternately in one run; ' +
        'ratio = Oz req/s ÷ ceiling req/s (median round).',
      paths,
      answers,
      ...result,
    };
  } finally {
    await ceiling.close();
    await oz.close();
  }
}
