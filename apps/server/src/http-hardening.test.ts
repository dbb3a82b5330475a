// Issue 9's low/info findings, as a black-box probe would check them: headers on every answer, the error shape
// even for what fails before any route (bad URL encoding, headers too large, forbidden static paths), strict
// input (control characters, impossible dates, hexadecimal numbers) — on SQLite and PostgreSQL, never a 5xx.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aContactRequestBody, postContactRequest } from './test-support/contact-request.fixture.js';
import { TEST_DATABASE_KINDS } from './test-support/databases.js';
import { buildProTestApp, signIn } from './test-support/pro-app.js';
import type { Browser, ProTestApp } from './test-support/pro-app.js';

function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oz-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Oz</title>');
  writeFileSync(join(dir, 'pro.html'), '<!doctype html><title>Oz pro</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-0123456789.js'), 'export {};');
  return dir;
}

const ERROR_SHAPE = { error: { code: expect.any(String), message: expect.any(String) } };

describe.each(TEST_DATABASE_KINDS)('HTTP hardening (%s)', (kind) => {
  let context: ProTestApp;
  let pro: Browser;
  beforeAll(async () => {
    context = await buildProTestApp(kind, { OZ_WEB_DIST: fakeWebDist() });
    pro = await signIn(context.app, 'pro.a@oz.test');
  });
  afterAll(async () => {
    await context.close();
  });
  const get = (url: string) => context.app.inject({ method: 'GET', url });

  it('refuses framing consistently on pages and API alike; a Permissions-Policy on pages', async () => {
    for (const url of ['/', '/api/health', '/api/nothing-here']) {
      const response = await get(url);
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    }
    expect((await get('/')).headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(self\)/);
    // JSON answers allow nothing at all (`default-src 'none'`): no feature to deny, no request to strip.
    const api = await get('/api/health');
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers['permissions-policy']).toBeUndefined();
    expect(api.headers['referrer-policy']).toBeUndefined();
  });

  it('never lets an API answer be stored, unless the route revalidates it on purpose', async () => {
    const created = await postContactRequest(context.app, aContactRequestBody());
    expect(created.headers['cache-control']).toBe('no-store');
    const queue = await pro.request({ method: 'GET', url: '/api/pro/requests' });
    expect(queue.headers['cache-control']).toBe('no-store');
    expect((await get('/api/pro/session')).headers['cache-control']).toBe('no-store');
    // The public snapshot keeps its ETag revalidation.
    expect((await get('/api/structures/snapshot')).headers['cache-control']).toBe('no-cache');
    // Static assets keep their long cache.
    expect((await get('/assets/app-0123456789.js')).headers['cache-control']).toMatch(/immutable/);
  });

  it.each([
    ['/%E0%A4%A', 400, 'bad_url'],
    ['/api/%E0%A4%A', 400, 'bad_url'],
    ['/assets/', 403, 'forbidden'],
    ['/assets/%00', 403, 'forbidden_path'],
  ])('answers %s with %i in the error shape', async (url, status, code) => {
    const response = await pro.request({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('answers headers too large with 431 in the error shape, from a real socket', async () => {
    await context.app.listen({ port: 0, host: '127.0.0.1' });
    const address = context.app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 431 /);
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    expect(JSON.parse(body)).toEqual({
      error: { code: 'headers_too_large', message: expect.any(String) },
    });
  });

  it.each([
    ['/api/structures?lat=0x10&lon=2', 'lat'],
    ['/api/structures?lat=1e1&lon=2', 'lat'],
    ['/api/structures?lat=&lon=', 'lat'],
    ['/api/structures?lat=48.8&lon=Infinity', 'lon'],
    ['/api/structures?near=75011&limit=0x10', 'limit'],
    ['/api/places?q=Paris&limit=%2010', 'limit'],
  ])('refuses the odd number in %s', async (url, field) => {
    const response = await get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(new RegExp(`^${field}: `));
  });

  it('refuses impossible calendar days', async () => {
    const invitation = (
      await pro.request({ method: 'POST', url: '/api/pro/invitations', payload: {} })
    ).json();
    const link = (
      await context.app.inject({ method: 'POST', url: '/api/shares', payload: { code: invitation.code } })
    ).json();
    const put = (date: string) =>
      context.app.inject({
        method: 'PUT',
        url: `/api/shares/${link.id}/data`,
        headers: { authorization: `Bearer ${link.shareToken}` },
        payload: { diaryDays: [{ date, standardDrinks: 2 }] },
      });
    expect((await put('2026-02-31')).statusCode).toBe(400);
    expect((await put('2026-13-01')).json().error.message).toMatch(/date: expected a real calendar day/);
    expect((await put('2028-02-29')).statusCode).toBe(200);
  });

  it.each([
    ['firstName', 'a\u0000b'],
    ['firstName', 'a\nb'],
    ['firstName', 'Camille\u202Eelli'],
    ['message', 'Je voudrais\u0000 parler'],
    ['message', 'bell \u0007'],
  ])('refuses %s with a control character (400, never 500)', async (field, value) => {
    const response = await postContactRequest(context.app, aContactRequestBody({ [field]: value }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(ERROR_SHAPE);
    expect(response.json().error.message).toMatch(new RegExp(`^${field}: control characters`));
  });

  it('keeps line breaks and tabs where text is multi-line', async () => {
    const response = await postContactRequest(
      context.app,
      aContactRequestBody({ message: 'Bonjour,\n\tje voudrais parler\r\nà quelqu’un' }),
    );
    expect(response.statusCode).toBe(201);
  });

  it.each([
    ['POST', '/api/pro/invitations', { label: 'a\u0000b' }],
    ['POST', '/api/pro/users', { email: 'x@oz.test', displayName: 'a\u0000b', role: 'professional' }],
    [
      'POST',
      '/api/pro/team-invitations',
      { email: 'x@oz.test', displayName: 'a\u0000b', role: 'professional' },
    ],
    ['PUT', '/api/pro/me/password', { currentPassword: 'a\u0000b', newPassword: 'long enough password' }],
    ['POST', '/api/pro/session', { email: 'pro.a@oz.test', password: 'a\u0000b' }],
    ['GET', '/api/pro/requests/a%00b', undefined],
    ['GET', '/api/pro/requests?structureId=a%00b', undefined],
    ['GET', '/api/pro/audit?subjectId=a%00b', undefined],
  ] as const)('refuses control characters in %s %s', async (method, url, payload) => {
    const response = await pro.request({ method, url, ...(payload === undefined ? {} : { payload }) });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(ERROR_SHAPE);
  });
});
