// Security headers with a strict Content-Security-Policy suited to the Vite-built PWA: scripts, styles,
// workers and data only from this origin; images also from the configured map-tile host. Framing is refused
// twice, consistently (CSP frame-ancestors 'none' and X-Frame-Options: DENY for older browsers); powerful
// browser features are turned off except geolocation for Oz itself (« Utiliser ma position »); API answers,
// which may carry personal data, are never stored by browsers or proxies unless a route says otherwise.
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';
import { tileOrigin } from '../../config.js';

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

export default fp(
  async (app) => {
    const https = app.config.OZ_HTTPS;
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:', tileOrigin(app.config.OZ_TILE_URL)],
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
    });
    app.addHook('onSend', async (request, reply, payload) => {
      reply.header('permissions-policy', PERMISSIONS_POLICY);
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'oz-helmet' },
);
