// Encryption at rest of the secrets the server must read back (TOTP seeds): AES-256-GCM with a key kept outside
// the database (docs/security.md, "Keys"). A sealed value names the key that sealed it, so keys can be rotated:
// values sealed with a previous key still open and are re-sealed with the current one at start.
// The associated data binds a value to its place (`totp:<user id>`): a sealed seed copied onto another
// account does not open.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

/** Short public identifier of a key (not secret: a hash of a hash of it). */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('oz-secrets-key-id:').update(key).digest('hex').slice(0, 12);
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

export class SecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>;
  readonly currentKeyId: string;

  /** @param current the key that seals; @param previous keys that may still open older values. */
  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== KEY_BYTES) throw new SecretBoxError(`a key must be ${KEY_BYTES} bytes`);
    }
    this.currentKeyId = keyIdOf(current);
    this.keys = new Map([...previous, current].map((key) => [keyIdOf(key), key]));
  }

  knows(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  seal(plaintext: string, context: string): string {
    const key = this.keys.get(this.currentKeyId);
    if (key === undefined) throw new SecretBoxError('no current key');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url'));
    return `${PREFIX}${this.currentKeyId}:${parts.join(':')}`;
  }

  open(value: string, context: string): string {
    const keyId = keyIdOfSealed(value);
    const key = this.keys.get(keyId);
    if (key === undefined) {
      throw new SecretBoxError(`sealed with key ${keyId}, which is not configured (OZ_SECRETS_KEY…)`);
    }
    const [iv = '', sealed = '', tag = ''] = value.slice(PREFIX.length + keyId.length + 1).split(':');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new SecretBoxError('a sealed value does not open: wrong key, wrong context or altered data');
    }
  }
}

/** The key id written in a sealed value. */
export function keyIdOfSealed(value: string): string {
  if (!isSealed(value)) throw new SecretBoxError('not a sealed value');
  return value.slice(PREFIX.length).split(':')[0] ?? '';
}
