import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, otpauthUri, totpCode, totpStep } from './totp.js';

// RFC 6238 Appendix B test vectors (SHA-1 key "12345678901234567890"), last 6 of the 8 digits.
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32;
const VECTORS: readonly [number, string][] = [
  [59, '287082'],
  [1_111_111_109, '081804'],
  [1_111_111_111, '050471'],
  [1_234_567_890, '005924'],
  [2_000_000_000, '279037'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('gives the RFC vector at %i s', (seconds, code) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });

  it('accepts one step of drift and no more, and names the step of the code', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-05-01T10:00:00Z');
    const previous = totpCode(secret, new Date(now.getTime() - 30_000));
    expect(matchTotp(secret, previous, now)).toBe(totpStep(now) - 1);
    expect(matchTotp(secret, totpCode(secret, now), now)).toBe(totpStep(now));
    const tooOld = totpCode(secret, new Date(now.getTime() - 90_000));
    expect(matchTotp(secret, tooOld, now)).toBeUndefined();
  });

  it('makes 160-bit base32 seeds and an otpauth URI apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = otpauthUri(secret, 'pro@oz.test');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Oz:pro%40oz\.test\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('period=30');
  });
});
