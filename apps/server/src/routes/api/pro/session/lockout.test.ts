// Sign-in lockout under a parallel burst (issue 9): the attempt is counted atomically before the password is
// checked, so however many attempts arrive at once, at most OZ_LOGIN_MAX_FAILURES (5) of them per window get a
// password check — and a right password inside the burst signs in only if it was one of those 5.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../../test-support/databases.js';
import { TEST_PASSWORD, buildProTestApp } from '../../../../test-support/pro-app.js';
import type { ProTestApp } from '../../../../test-support/pro-app.js';

describe.each(TEST_DATABASE_KINDS)('sign-in lockout race (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  const login = (password: string) =>
    context.app.inject({
      method: 'POST',
      url: '/api/pro/session',
      payload: { email: 'pro.a@oz.test', password },
    });

  it('checks at most 5 of 15 parallel wrong passwords and a right one', async () => {
    const burst = [
      ...Array.from({ length: 15 }, (_, index) => login(`wrong password ${index}`)),
      login(TEST_PASSWORD),
    ];
    const statuses = (await Promise.all(burst)).map((response) => response.statusCode);
    const checked = statuses.filter((status) => status === 401 || status === 200);
    expect(checked).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(11);
    const failures = (await context.app.store.repositories.audit.list({ limit: 100 })).entries.filter(
      (entry) => entry.action === 'session.login_failed',
    );
    expect(failures.length).toBe(statuses.filter((status) => status === 401).length);
    // Locked for the window whatever the outcome of the burst: a right password now waits too…
    if (!statuses.includes(200)) {
      expect((await login(TEST_PASSWORD)).statusCode).toBe(429);
      // …until the window ends.
      context.clock.advanceMinutes(16);
      expect((await login(TEST_PASSWORD)).statusCode).toBe(200);
    }
  });

  it('answers 429 with Retry-After and the error shape', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await login('wrong password');
    const locked = await login(TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toEqual({
      error: { code: 'account_locked', message: expect.stringMatching(/try again after/) },
    });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });
});
