// Security headers with a strict Content-Security-Policy suited to the Vite-built PWA: scripts, styles,
// workers and data only from this origin; images also from the configured map-tile host.
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';
import { tileOrigin } from '../../config.js';

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
      // HSTS only when served over HTTPS: on plain http://127.0.0.1 it would be meaningless.
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
    });
  },
  { name: 'oz-helmet' },
);
