// Security headers with a strict Content-Security-Policy suited to the Vite-built PWA: scripts, styles,
// workers and data only from this origin; images also from the configured map-tile host. Framing is refused
// twice, consistently (CSP frame-ancestors 'none' and X-Frame-Options: DENY for older browsers); powerful
// browser features are turned off except geolocation for Oz itself (« Utiliser ma position »); API answers,
// which may carry personal data, are never stored by browsers or proxies unless a route says otherwise.
// The headers never vary per request: they are computed once at start (helmet with these options) and added
// in one step — @fastify/helmet rebuilt helmet's middleware on every request (ADR 0006).
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { HelmetOptions } from 'helmet';
import { isApiRoute, isUnmatched } from '../../api-route.js';
import { tileOrigin } from '../../config.js';
import type { OzConfig } from '../../config.js';

/** Features Oz never uses are denied to every origin; geolocation only to Oz's own pages. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'bluetooth=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=(self)',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

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
    frameguard: { action: 'deny' },
    // HSTS only when served over HTTPS: on plain http://127.0.0.1 it would be meaningless.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  };
}

/** Every answer's security headers: helmet's with these options (captured once) and the Permissions-Policy. */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  let failure: unknown;
  helmet(options)(request, response, (error?: unknown) => {
    failure = error;
  });
  if (failure !== undefined) throw failure;
  const headers = Object.fromEntries(
    Object.entries(response.getHeaders()).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : String(value),
    ]),
  );
  return { ...headers, 'permissions-policy': PERMISSIONS_POLICY };
}

/**
 * API answers are JSON, never pages: a browser opening one directly may run nothing, load nothing and be framed
 * by no one (`default-src 'none'`), which is the whole protection a page's longer policy gives. Headers that only
 * act on documents are left off: COOP, Origin-Agent-Cluster, X-DNS-Prefetch-Control, X-Download-Options,
 * X-XSS-Protection, X-Permitted-Cross-Domain-Policies, and also Permissions-Policy (it governs features a
 * document's scripts and frames could request: under `default-src 'none'` there are none) and Referrer-Policy
 * (it governs the Referer of requests a document makes: a JSON answer makes none and has no link to follow).
 * What is kept is the OWASP REST Security Cheat Sheet's list (« Security headers »). Fewer bytes and less work
 * on every call of the API (issue 13: Node checks every header value character by character).
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const API_HEADERS_FROM_PAGES = [
  'x-content-type-options',
  'x-frame-options',
  'cross-origin-resource-policy',
  'strict-transport-security',
] as const;

/** The API's headers: the page headers that matter for JSON, the API's CSP, and `no-store` (personal data). */
export function apiSecurityHeaders(pageHeaders: Record<string, string>): Record<string, string> {
  const kept = API_HEADERS_FROM_PAGES.flatMap((name) => {
    const value = pageHeaders[name];
    return value === undefined ? [] : [[name, value] as const];
  });
  return {
    'content-security-policy': API_CSP,
    ...Object.fromEntries(kept),
    'cache-control': 'no-store',
  };
}

export default fp(
  async (app) => {
    const headers = securityHeaders(helmetOptions(app.config));
    const apiHeaders = apiSecurityHeaders(headers);
    // An unmatched path may be answered by the app shell (the SPA fallback): it keeps the page headers, with
    // `no-store` unless the shell sets its own caching.
    const unmatchedHeaders = { ...headers, 'cache-control': 'no-store' };
    // Set before the handler runs, so a route that sets its own Cache-Control (the snapshot's ETag
    // revalidation, static files, the app shell) replaces `no-store`.
    app.addHook('onRequest', (request, reply, done) => {
      if (isApiRoute(request)) reply.headers(apiHeaders);
      else reply.headers(isUnmatched(request) ? unmatchedHeaders : headers);
      done();
    });
  },
  { name: 'oz-helmet' },
);
