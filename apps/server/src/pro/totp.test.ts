import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, totpCode } from './totp.js';

// RFC 6238 Appendix B test vectors (SHA-1 key "12345678901234567890"), last 6 of the 8 digits.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
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

  it('matches the RFC 4226 HOTP vectors', () => {
    expect(hotp(RFC_SECRET, 0)).toBe('755224');
    expect(hotp(RFC_SECRET, 9)).toBe('520489');
  });

  it('accepts one step of drift and no more', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-05-01T10:00:00Z');
    const previous = totpCode(secret, new Date(now.getTime() - 30_000));
    expect(matchTotp(secret, previous, now)).toBeDefined();
    const tooOld = totpCode(secret, new Date(now.getTime() - 90_000));
    expect(matchTotp(secret, tooOld, now)).toBeUndefined();
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(() => base32Decode('not base32!')).toThrow(RangeError);
  });
});
