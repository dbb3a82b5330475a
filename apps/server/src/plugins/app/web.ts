// Serves the built PWA (apps/web/dist) on the same port as the API. Two HTML entry points: pro.html for the
// professionals' workspace (/pro and below) and index.html for everything else; unknown /api paths get a JSON 404.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

const HASHED_ASSET = /\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export default fp(
  async (app) => {
    const root = app.config.OZ_WEB_DIST;
    const built = existsSync(join(root, 'index.html'));
    if (built) {
      await app.register(fastifyStatic, {
        root,
        wildcard: true,
        index: false,
        setHeaders: (reply, path) => {
          // The service worker and HTML must be revalidated on every load, or an update never reaches users.
          if (path.endsWith('sw.js') || path.endsWith('.html') || path.endsWith('.webmanifest')) {
            reply.header('cache-control', 'no-cache');
          } else if (HASHED_ASSET.test(path)) {
            reply.header('cache-control', 'public, max-age=31536000, immutable');
          }
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
