import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../../test-support/databases.js';
import { TEST_PASSWORD, buildProTestApp, signIn } from '../../../../test-support/pro-app.js';
import type { ProTestApp } from '../../../../test-support/pro-app.js';
import { totpCode } from '../../../../pro/totp.js';

describe.each(TEST_DATABASE_KINDS)('workspace sessions (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  const login = (email: string, password: string, totpCode?: string) =>
    context.app.inject({ method: 'POST', url: '/api/pro/session', payload: { email, password, totpCode } });

  it('signs in with a hardened cookie and answers the session with its CSRF token', async () => {
    const response = await login('Pro.A@oz.test', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/oz_pro_session=[A-Za-z0-9_-]{43}/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/api\/pro/);
    expect(response.json()).toMatchObject({ user: { email: 'pro.a@oz.test', role: 'professional' } });
    const browser = await signIn(context.app, 'pro.a@oz.test');
    const session = await browser.request({ method: 'GET', url: '/api/pro/session' });
    expect(session.json()).toMatchObject({ csrfToken: browser.csrfToken });
  });

  it('stores only a hash of the session id', async () => {
    const browser = await signIn(context.app, 'pro.a@oz.test');
    const sessionId = browser.cookie.split('=')[1] ?? '';
    const rows = await context.database.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.map((row) => row.id_hash)).not.toContain(sessionId);
    expect(rows).toHaveLength(1);
  });

  it('refuses a wrong password and an unknown address alike', async () => {
    const wrong = await login('pro.a@oz.test', 'not the password');
    const unknown = await login('nobody@oz.test', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('locks an address after 5 failures, for 15 minutes, even with the right password', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login('pro.a@oz.test', 'wrong password')).statusCode).toBe(401);
    }
    const locked = await login('pro.a@oz.test', TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('account_locked');
    context.clock.advanceMinutes(14);
    expect((await login('pro.a@oz.test', TEST_PASSWORD)).statusCode).toBe(429);
    context.clock.advanceMinutes(2);
    expect((await login('pro.a@oz.test', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes and 12 hours at most', async () => {
    const browser = await signIn(context.app, 'pro.a@oz.test');
    context.clock.advanceMinutes(29);
    expect((await browser.request({ method: 'GET', url: '/api/pro/session' })).statusCode).toBe(200);
    context.clock.advanceMinutes(29);
    expect((await browser.request({ method: 'GET', url: '/api/pro/session' })).statusCode).toBe(200);
    context.clock.advanceMinutes(31);
    const expired = await browser.request({ method: 'GET', url: '/api/pro/session' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('not_signed_in');

    const active = await signIn(context.app, 'pro.a@oz.test');
    for (let hour = 0; hour < 12 * 4; hour += 1) {
      context.clock.advanceMinutes(15);
      const response = await active.request({ method: 'GET', url: '/api/pro/session' });
      expect(response.statusCode).toBe(hour < 12 * 4 - 1 ? 200 : 401);
    }
  });

  it('needs the CSRF token on writes', async () => {
    const browser = await signIn(context.app, 'pro.a@oz.test');
    const withoutToken = await context.app.inject({
      method: 'DELETE',
      url: '/api/pro/session',
      headers: { cookie: browser.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('csrf_token_invalid');
    const otherSession = await signIn(context.app, 'pro.a2@oz.test');
    const wrongToken = await browser.request({
      method: 'DELETE',
      url: '/api/pro/session',
      headers: { 'x-csrf-token': otherSession.csrfToken },
    });
    expect(wrongToken.statusCode).toBe(403);
    expect((await browser.request({ method: 'DELETE', url: '/api/pro/session' })).statusCode).toBe(204);
    expect((await browser.request({ method: 'GET', url: '/api/pro/session' })).statusCode).toBe(401);
  });

  it('asks for the TOTP code once enabled, and accepts each code once', async () => {
    const browser = await signIn(context.app, 'pro.a@oz.test');
    const setup = await browser.request({ method: 'POST', url: '/api/pro/me/totp' });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json() as { secret: string; otpauthUri: string };
    expect(otpauthUri).toContain('otpauth://totp/');
    const confirm = await browser.request({
      method: 'POST',
      url: '/api/pro/me/totp/confirm',
      payload: { code: totpCode(secret, context.clock.now()) },
    });
    expect(confirm.statusCode).toBe(200);
    context.clock.advanceMinutes(1);
    expect((await login('pro.a@oz.test', TEST_PASSWORD)).json().error.code).toBe('totp_required');
    const code = totpCode(secret, context.clock.now());
    expect((await login('pro.a@oz.test', TEST_PASSWORD, code)).statusCode).toBe(200);
    const replay = await login('pro.a@oz.test', TEST_PASSWORD, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('invalid_totp');
  });

  it('marks the cookie Secure in production', async () => {
    const production = await buildProTestApp(kind, { NODE_ENV: 'production', OZ_MAIL_DISABLED: 'true' });
    try {
      const response = await production.app.inject({
        method: 'POST',
        url: '/api/pro/session',
        payload: { email: 'pro.a@oz.test', password: TEST_PASSWORD },
      });
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await production.close();
    }
  });
});
