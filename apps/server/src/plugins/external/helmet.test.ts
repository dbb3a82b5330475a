import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { OzDatabase } from '../../db/database.js';
import { openTestDatabase } from '../../test-support/databases.js';
import { shippedPlaces } from '../../test-support/places.js';
import { fakeWebDist } from '../../test-support/web-dist.js';
import { PERMISSIONS_POLICY, helmetOptions, securityHeaders } from './helmet.js';

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data: https://tile.openstreetmap.org;" +
  "font-src 'self';connect-src 'self';worker-src 'self';manifest-src 'self';object-src 'none';base-uri 'self';" +
  "form-action 'self';frame-ancestors 'none'";

describe('security headers', () => {
  it('are helmet’s, computed once: strict CSP, no HSTS over plain HTTP', () => {
    const headers = securityHeaders(helmetOptions(loadConfig({})));
    expect(headers).toMatchObject({
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'permissions-policy': PERMISSIONS_POLICY,
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('add HSTS and upgrade-insecure-requests when served over HTTPS', () => {
    const headers = securityHeaders(helmetOptions(loadConfig({ OZ_HTTPS: 'true' })));
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['content-security-policy']).toBe(`${CSP};upgrade-insecure-requests`);
  });

  describe('on every answer', () => {
    let database: OzDatabase;
    let app: FastifyInstance;
    beforeAll(async () => {
      database = await openTestDatabase('sqlite');
      app = await buildApp({
        config: loadConfig({ OZ_WEB_DIST: fakeWebDist(), OZ_RATE_LIMIT_MAX: '3', LOG_LEVEL: 'silent' }),
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

    it.each([
      ['the API', '/api/places?q=Par', 200, 'no-store'],
      ['the API, its path percent-encoded', '/%61pi/places?q=Par', 200, 'no-store'],
      ['the app shell', '/', 200, 'no-cache'],
      ['an unknown API path', '/api/nothing-here', 404, 'no-store'],
      ['a bad request', '/api/places', 400, 'no-store'],
      ['a refused request (rate limit)', '/api/places?q=Lyon', 429, 'no-store'],
    ])('%s', async (_name, url, status, caching) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-security-policy']).toBe(CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe(caching);
    });
  });
});
