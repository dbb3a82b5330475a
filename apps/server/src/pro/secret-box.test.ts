import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SecretBox, SecretBoxError, isSealed, keyIdOfSealed } from './secret-box.js';

describe('SecretBox (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, for any text, and never shows it in clear', () => {
    const box = new SecretBox(key);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (text, context) => {
          const sealed = box.seal(text, context);
          expect(isSealed(sealed)).toBe(true);
          if (text.length >= 4) expect(sealed).not.toContain(text);
          expect(box.open(sealed, context)).toBe(text);
        },
      ),
    );
  });

  it('refuses another context, another key, and altered data', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(() => box.open(sealed, 'totp:user-2')).toThrow(SecretBoxError);
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'totp:user-1')).toThrow(/not configured/);
    const altered = `${sealed.slice(0, -3)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-2)}`;
    expect(() => box.open(altered, 'totp:user-1')).toThrow(SecretBoxError);
  });

  it('opens values of a previous key and seals with the current one (rotation)', () => {
    const old = new SecretBox(key);
    const sealed = old.seal('seed', 'totp:u');
    const rotated = new SecretBox(randomBytes(32), [key]);
    expect(rotated.open(sealed, 'totp:u')).toBe('seed');
    expect(keyIdOfSealed(rotated.seal('seed', 'totp:u'))).toBe(rotated.currentKeyId);
    expect(rotated.knows(old.currentKeyId)).toBe(true);
  });

  it('accepts only 32-byte keys', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(SecretBoxError);
  });
});
