// Secrets handed to browsers and people (session ids, tracking and share tokens, invitation codes). The
// database only ever keeps their SHA-256: a leaked table cannot be replayed. Comparisons are constant-time.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: unguessable, so a plain (unsalted) SHA-256 is enough to store it. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function hmac(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A code of `length` characters drawn uniformly from `alphabet` (crypto-grade randomness). */
export function randomCode(alphabet: string, length: number): string {
  let code = '';
  for (let index = 0; index < length; index += 1) code += alphabet[randomInt(alphabet.length)] ?? '';
  return code;
}

/** A readable one-time password: 4 groups of 5 characters (about 98 bits), e.g. `k7q2m-…`. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length: 4 }, () => randomCode(alphabet, 5)).join('-');
}
