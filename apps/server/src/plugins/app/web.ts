// Serves the built PWA (apps/web/dist) on the same port as the API. Two HTML entry points: pro.html for the
// professionals' workspace (/pro and below) and index.html for everything else; unknown /api paths get a JSON 404.
// Files are sent as compressed at build time (apps/web/scripts/precompress.mjs: `.br`, `.gz` beside each text
// file), chosen by Accept-Encoding with `Vary: Accept-Encoding`; nothing is compressed per request (ADR 0006).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

const HASHED_ASSET = /\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
/** The precompressed copy's own suffix: headers follow the file it stands for. */
const ENCODED_COPY = /\.(?:br|gz)$/;

/** Hashed files never change under their name: cached for a year. HTML, the worker, the manifest: revalidated. */
function cacheControlFor(path: string): string | undefined {
  const file = path.replace(ENCODED_COPY, '');
  // The service worker and HTML must be revalidated on every load, or an update never reaches users.
  if (file.endsWith('sw.js') || file.endsWith('.html') || file.endsWith('.webmanifest')) return 'no-cache';
  if (HASHED_ASSET.test(file)) return 'public, max-age=31536000, immutable';
  return undefined;
}

export default fp(
  async (app) => {
    const root = app.config.OZ_WEB_DIST;
    const built = existsSync(join(root, 'index.html'));
    if (built) {
      await app.register(fastifyStatic, {
        root,
        wildcard: true,
        index: false,
        preCompressed: true,
        setHeaders: (reply, path) => {
          const cacheControl = cacheControlFor(path);
          if (cacheControl !== undefined) reply.header('cache-control', cacheControl);
        },
      });
      // The root is a directory to @fastify/static (403 with index: false): answer it with the app shell.
      app.get('/', { schema: { hide: true } }, (_request, reply) =>
        reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html'),
      );
    } else {
      app.log.warn({ root }, 'web app not built: only the API is served (run npm run build)');
    }

    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (path.startsWith('/api/') || path === '/api' || !built || request.method !== 'GET') {
        return reply
          .code(404)
          .header('cache-control', 'no-store')
          .send({ error: { code: 'not_found', message: `No route ${request.method} ${path}` } });
      }
      const entry = path === '/pro' || path.startsWith('/pro/') ? 'pro.html' : 'index.html';
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile(entry);
    });
  },
  { name: 'oz-web', dependencies: ['oz-directory'] },
);
