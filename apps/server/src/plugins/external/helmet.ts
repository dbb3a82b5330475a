// Security headers with a strict Content-Security-Policy suited to the Vite-built PWA: scripts, styles,
// workers and data only from this origin; images also from the configured map-tile host. The headers come
// from `helmet` with these options, computed once at start (they never vary per request) and added to every
// answer in one step — @fastify/helmet rebuilt helmet's middleware on every request.
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { HelmetOptions } from 'helmet';
import { tileOrigin } from '../../config.js';
import type { OzConfig } from '../../config.js';

export function helmetOptions(config: OzConfig): HelmetOptions {
  const https = config.OZ_HTTPS;
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', tileOrigin(config.OZ_TILE_URL)],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        'manifest-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // HSTS only when served over HTTPS: on plain http://127.0.0.1 it would be meaningless.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  };
}

/** The headers helmet sets with these options, captured once from a response that is never sent. */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  let failure: unknown;
  helmet(options)(request, response, (error?: unknown) => {
    failure = error;
  });
  if (failure !== undefined) throw failure;
  return Object.fromEntries(
    Object.entries(response.getHeaders()).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : String(value),
    ]),
  );
}

export default fp(
  async (app) => {
    const headers = securityHeaders(helmetOptions(app.config));
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  },
  { name: 'oz-helmet' },
);
