// Where the key that seals secrets at rest comes from (docs/security.md, "Keys"): `OZ_SECRETS_KEY` (32 bytes,
// base64 or hex), else the file `OZ_SECRETS_KEY_FILE`, else `<OZ_DATA_DIR>/secrets.key` — created at first start
// (mode 0600) when it does not exist, except for PostgreSQL in production, where every process on every machine
// must share one key and a key made on one machine would lock the others out: there the key must be given.
// The key never goes into the database: a stolen database or backup does not open the TOTP seeds.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../config.js';
import type { OzConfig } from '../config.js';
import type { DatabaseKind } from '../db/database.js';
import { SecretBox } from './secret-box.js';

export const SECRETS_KEY_FILE_NAME = 'secrets.key';

export function parseKey(text: string, variable: string): Buffer {
  const value = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32 || (!/^[0-9a-f]{64}$/i.test(value) && !/^[A-Za-z0-9+/_-]{43}=?$/.test(value))) {
    throw new ConfigError([
      `${variable}: expected 32 random bytes in base64 or hex (e.g. \`openssl rand -base64 32\`)`,
    ]);
  }
  return key;
}

export interface KeySource {
  box: SecretBox;
  /** Where the current key came from, for the start log (never the key). */
  source: 'OZ_SECRETS_KEY' | 'OZ_SECRETS_KEY_FILE' | 'data directory' | 'created in the data directory';
}

export function loadSecretBox(config: OzConfig, databaseKind: DatabaseKind, production: boolean): KeySource {
  const previous = (config.OZ_SECRETS_KEY_PREVIOUS ?? '')
    .split(',')
    .filter((part) => part.trim() !== '')
    .map((part) => parseKey(part, 'OZ_SECRETS_KEY_PREVIOUS'));
  if (config.OZ_SECRETS_KEY !== undefined) {
    return {
      box: new SecretBox(parseKey(config.OZ_SECRETS_KEY, 'OZ_SECRETS_KEY'), previous),
      source: 'OZ_SECRETS_KEY',
    };
  }
  if (config.OZ_SECRETS_KEY_FILE !== undefined) {
    const key = parseKey(
      readKeyFile(config.OZ_SECRETS_KEY_FILE, 'OZ_SECRETS_KEY_FILE'),
      'OZ_SECRETS_KEY_FILE',
    );
    return { box: new SecretBox(key, previous), source: 'OZ_SECRETS_KEY_FILE' };
  }
  const path = join(config.OZ_DATA_DIR, SECRETS_KEY_FILE_NAME);
  if (exists(path)) {
    return {
      box: new SecretBox(parseKey(readKeyFile(path, path), path), previous),
      source: 'data directory',
    };
  }
  if (databaseKind === 'postgres' && production) {
    throw new ConfigError([
      'OZ_SECRETS_KEY: required with PostgreSQL in production — every process must seal and open secrets with ' +
        'the same key (generate one with `openssl rand -base64 32`, see docs/security.md)',
    ]);
  }
  return { box: new SecretBox(createKeyFile(path), previous), source: 'created in the data directory' };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function readKeyFile(path: string, variable: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([`${variable}: cannot read the key file ${path} (${reason})`]);
  }
}

/**
 * Writes a new key atomically: to a temporary file, then hard-linked to its name, which fails if another process
 * created the key first — that key is then read, so processes starting together agree.
 */
function createKeyFile(path: string): Buffer {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  return parseKey(readFileSync(path, 'utf8'), path);
}
