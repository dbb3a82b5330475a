// Serves the built PWA (apps/web/dist) on the same port as the API. Two HTML entry points: pro.html for the
// professionals' workspace (/pro and below) and index.html for everything else; unknown /api paths get a JSON 404.
// The person's main screens have their first view prerendered at build time (ADR 0009): a request for exactly one
// of those paths, without a query string, gets its own HTML file (listed in dist/prerendered/routes.json).
// Files are sent as compressed at build time (apps/web/scripts/precompress.mjs: `.br`, `.gz` beside each text
// file), chosen by Accept-Encoding with `Vary: Accept-Encoding`; nothing is compressed per request (ADR 0006).
import { existsSync, readFileSync } from 'node:fs';
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

/** Where apps/web/scripts/prerender.mjs lists its files: `{ "/aide": "prerendered/aide.html", … }`. */
const PRERENDERED_ROUTES = 'prerendered/routes.json';

/** The prerendered screens of the build, by path; none when the build has no list (an older build, tests). */
export function prerenderedRoutes(root: string): ReadonlyMap<string, string> {
  const list = join(root, PRERENDERED_ROUTES);
  if (!existsSync(list)) return new Map();
  const routes = JSON.parse(readFileSync(list, 'utf8')) as Record<string, unknown>;
  return new Map(
    Object.entries(routes).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && entry[1].endsWith('.html') && existsSync(join(root, entry[1])),
    ),
  );
}

/**
 * The HTML a navigation gets: the workspace's, a prerendered first view for exactly its path (a query string
 * may change that view, e.g. /aide?type=cjc: then the shell), else the app shell.
 */
export function htmlFor(url: string, prerendered: ReadonlyMap<string, string>): string {
  const [path = '/', query] = url.split('?', 2);
  if (path === '/pro' || path.startsWith('/pro/')) return 'pro.html';
  return (query === undefined ? prerendered.get(path) : undefined) ?? 'index.html';
}

export default fp(
  async (app) => {
    const root = app.config.OZ_WEB_DIST;
    const built = existsSync(join(root, 'index.html'));
    const prerendered = built ? prerenderedRoutes(root) : new Map<string, string>();
    const sendHtml = (reply: FastifyReply, file: string): FastifyReply =>
      reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile(file);
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
      // The root is a directory to @fastify/static (403 with index: false): answer it as any app path.
      app.get('/', { schema: { hide: true } }, (request, reply) =>
        sendHtml(reply, htmlFor(request.url, prerendered)),
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
      return sendHtml(reply, htmlFor(request.url, prerendered));
    });
  },
  { name: 'oz-web', dependencies: ['oz-directory'] },
);
