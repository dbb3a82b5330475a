import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { OzDatabase } from '../../db/database.js';
import { openTestDatabase } from '../../test-support/databases.js';
import { shippedPlaces } from '../../test-support/places.js';
import { fakeWebDist } from '../../test-support/web-dist.js';
import { API_CSP, PERMISSIONS_POLICY, apiSecurityHeaders, helmetOptions, securityHeaders } from './helmet.js';

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

  it('for the API: the headers that act on JSON, a CSP that allows nothing, never stored; HSTS kept', () => {
    const pages = securityHeaders(helmetOptions(loadConfig({ OZ_HTTPS: 'true' })));
    expect(apiSecurityHeaders(pages)).toEqual({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cross-origin-resource-policy': 'same-origin',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'cache-control': 'no-store',
    });
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
      ['the API', '/api/places?q=Par', 200, 'no-store', API_CSP],
      ['the API, its path percent-encoded', '/%61pi/places?q=Par', 200, 'no-store', API_CSP],
      ['the app shell', '/', 200, 'no-cache', CSP],
      ['an unknown API path', '/api/nothing-here', 404, 'no-store', CSP],
      ['a bad request', '/api/places', 400, 'no-store', API_CSP],
      ['a refused request (rate limit)', '/api/places?q=Lyon', 429, 'no-store', API_CSP],
    ])('%s', async (_name, url, status, caching, policy) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-security-policy']).toBe(policy);
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe(caching);
    });
  });
});
