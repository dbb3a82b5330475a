// The web host sends the copies compressed at build time (apps/web/scripts/precompress.mjs), chosen by
// Accept-Encoding (brotli first, then gzip, else the file itself), always with `Vary: Accept-Encoding` so a
// shared cache never hands one encoding to a client that asked for another; hashed assets are immutable for a
// year, the HTML shell, the service worker and the manifest are revalidated (ADR 0006). The main screens' first
// views prerendered at build time are sent for exactly their paths (ADR 0009).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { OzDatabase } from '../../db/database.js';
import { openTestDatabase } from '../../test-support/databases.js';
import { shippedPlaces } from '../../test-support/places.js';

const FILES: Record<string, string> = {
  'index.html': `<!doctype html><title>Oz</title>${'<p>app shell</p>'.repeat(40)}`,
  'pro.html': `<!doctype html><title>Oz pro</title>${'<p>workspace</p>'.repeat(40)}`,
  'sw.js': `self.addEventListener('install', () => {});${'//'.repeat(300)}`,
  'prerendered/journal.html': `<!doctype html><title>Journal</title>${'<p>diary first view</p>'.repeat(40)}`,
  'prerendered/aide.html': `<!doctype html><title>Aide</title>${'<p>care finder first view</p>'.repeat(40)}`,
  'prerendered/routes.json': JSON.stringify({
    '/': 'prerendered/journal.html',
    '/aide': 'prerendered/aide.html',
    // Listed but not built: never sent (the shell answers).
    '/plus': 'prerendered/plus.html',
  }),
  'manifest.webmanifest': JSON.stringify({ name: 'Oz', icons: Array(30).fill({ src: '/icons/x.png' }) }),
  'assets/index-C85BDPyB.js': `export const oz = ${JSON.stringify('x'.repeat(2000))};`,
  'assets/index-Dk2pP0aQ.css': `body{margin:0}${'.a{color:red}'.repeat(100)}`,
};

/** A built app as precompress.mjs leaves it: each file, its `.br` and its `.gz`; the icon alone. */
function builtWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oz-web-compressed-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'icons'));
  mkdirSync(join(dir, 'prerendered'));
  for (const [name, content] of Object.entries(FILES)) {
    writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(content));
  }
  writeFileSync(join(dir, 'icons/icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

let app: FastifyInstance;
let database: OzDatabase;

beforeAll(async () => {
  database = await openTestDatabase('sqlite');
  app = await buildApp({
    config: loadConfig({ OZ_WEB_DIST: builtWebDist(), LOG_LEVEL: 'silent', OZ_JOBS_INTERVAL_MS: '0' }),
    database,
    places: shippedPlaces(),
    logger: false,
    loadShippedData: false,
  });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await database.destroy();
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

function decoded(body: Buffer, encoding: string | undefined): string {
  if (encoding === 'br') return brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return gunzipSync(body).toString();
  return body.toString();
}

describe('static files, precompressed', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=1, gzip;q=0.8', 'br'],
    ['gzip, deflate', 'gzip'],
    ['identity', undefined],
    [undefined, undefined],
  ])('answers Accept-Encoding %s with %s, the same content, and Vary', async (accept, encoding) => {
    const response = await get('/assets/index-C85BDPyB.js', accept);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(decoded(response.rawPayload, encoding)).toBe(FILES['assets/index-C85BDPyB.js']);
  });

  it('caches hashed assets for a year, immutable, whichever copy is sent', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      for (const url of ['/assets/index-C85BDPyB.js', '/assets/index-Dk2pP0aQ.css']) {
        expect((await get(url, accept)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
      }
    }
  });

  it('sends the compressed HTML of each path, revalidated on every load: prerendered, app shell or workspace', async () => {
    for (const [url, file] of [
      ['/', 'prerendered/journal.html'],
      ['/aide', 'prerendered/aide.html'],
      // A query string may change the first view (/aide?type=cjc shows an orientation): the shell answers.
      ['/aide?type=cjc', 'index.html'],
      ['/?from=pwa', 'index.html'],
      ['/aide/', 'index.html'],
      ['/plus', 'index.html'],
      ['/journal', 'index.html'],
      ['/pro', 'pro.html'],
      ['/pro/demandes', 'pro.html'],
    ] as const) {
      const response = await get(url, 'gzip, br');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      expect(decoded(response.rawPayload, 'br')).toBe(FILES[file]);
    }
  });

  it('revalidates the service worker and the manifest even when compressed', async () => {
    for (const url of ['/sw.js', '/manifest.webmanifest']) {
      for (const accept of ['br', 'gzip', 'identity']) {
        const response = await get(url, accept);
        expect(response.statusCode).toBe(200);
        expect(response.headers['cache-control']).toBe('no-cache');
      }
    }
    expect((await get('/sw.js', 'br')).headers['content-type']).toMatch(/javascript/);
  });

  it('sends a file that has no compressed copy as it is', async () => {
    const response = await get('/icons/icon-192.png', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toBe('image/png');
  });

  it('never compresses API answers itself (the reverse proxy may)', async () => {
    const response = await get('/api/health', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
