// Server configuration from the environment, validated once at start: a bad value stops the process with a
// message naming the variable (never a half-configured server).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isPostgresUrl } from './db/database.js';

/** Repository root, from src/ (tsx, Vitest) and from dist/ alike: both sit at apps/server/<dir>/. */
export const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** Relative paths are read from where the command was typed (npm runs workspace scripts in apps/server). */
const directory = (fallback: string) =>
  z
    .string()
    .trim()
    .min(1)
    .default(fallback)
    .transform((value) => resolve(process.env['INIT_CWD'] ?? process.cwd(), value));

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const EnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: optionalText.refine((value) => value === undefined || isPostgresUrl(value), {
    message: 'must be a postgres:// or postgresql:// URL (leave it unset for SQLite)',
  }),
  /**
   * Optional: rate-limit counters in Redis (`redis://…` or `rediss://…`), shared by every process. Unset, each
   * process counts in its own memory (docs/adr/0006-in-memory-directory-and-counters.md).
   */
  REDIS_URL: optionalText.refine((value) => value === undefined || /^rediss?:\/\//.test(value), {
    message: 'must be a redis:// or rediss:// URL (leave it unset to count in memory)',
  }),
  /** Prefix of every Redis key Oz writes, so one Redis can serve several deployments. */
  OZ_REDIS_KEY_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9:_-]{1,40}$/, 'letters, digits, ":", "_" or "-" (at most 40)')
    .default('oz:'),
  /**
   * Longest time a change to the directory (an import, a structure's declared availability) made by another
   * process takes to reach this one's in-memory index. This process's own changes are served at once.
   */
  OZ_DIRECTORY_MAX_STALENESS_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  OZ_DATA_DIR: directory(resolve(REPOSITORY_ROOT, 'var')),
  OZ_SHIPPED_DATA_DIR: directory(resolve(REPOSITORY_ROOT, 'data')),
  OZ_WEB_DIST: directory(resolve(REPOSITORY_ROOT, 'apps/web/dist')),
  /** Map tile URL template; its origin is allowed in the Content-Security-Policy img-src. */
  OZ_TILE_URL: z.url({ protocol: /^https?$/ }).default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  OZ_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(300),
  OZ_RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Sign-in attempts per client address (on top of the per-e-mail lockout). */
  OZ_RATE_LIMIT_LOGIN_MAX: z.coerce.number().int().min(1).default(20),
  OZ_RATE_LIMIT_LOGIN_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Contact-request submissions per client address: generous for shared connections, stops a flood. */
  OZ_RATE_LIMIT_CONTACT_MAX: z.coerce.number().int().min(1).default(30),
  OZ_RATE_LIMIT_CONTACT_WINDOW_MS: z.coerce.number().int().min(1000).default(600_000),
  /** Invitation-code guesses per client address (8 characters of 30 ≈ 6.6 × 10¹¹ codes, valid 72 h). */
  OZ_RATE_LIMIT_SHARE_MAX: z.coerce.number().int().min(1).default(10),
  OZ_RATE_LIMIT_SHARE_WINDOW_MS: z.coerce.number().int().min(1000).default(600_000),
  /** Anonymous count batches per client address: one a day per device; a household or a proxy sends a few. */
  OZ_RATE_LIMIT_STATS_MAX: z.coerce.number().int().min(1).default(20),
  OZ_RATE_LIMIT_STATS_WINDOW_MS: z.coerce.number().int().min(1000).default(3_600_000),
  /** Reminder subscription changes and test pushes per client address (each test push reaches a push service). */
  OZ_RATE_LIMIT_REMINDERS_MAX: z.coerce.number().int().min(1).default(30),
  OZ_RATE_LIMIT_REMINDERS_WINDOW_MS: z.coerce.number().int().min(1000).default(600_000),
  OZ_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(65_536),
  /** Behind a reverse proxy: trust X-Forwarded-For for the client address (rate limits). */
  TRUST_PROXY: booleanFlag,
  /** Served over HTTPS (directly or by the proxy): adds HSTS and upgrade-insecure-requests. */
  OZ_HTTPS: booleanFlag,
  /**
   * Key sealing secrets at rest (TOTP seeds): 32 bytes, base64 or hex. Unset: OZ_SECRETS_KEY_FILE, else
   * <OZ_DATA_DIR>/secrets.key (created at first start, except PostgreSQL in production). docs/security.md.
   */
  OZ_SECRETS_KEY: optionalText,
  OZ_SECRETS_KEY_FILE: optionalText.transform((value) =>
    value === undefined ? undefined : resolve(process.env['INIT_CWD'] ?? process.cwd(), value),
  ),
  /** Comma-separated previous keys, still opening older values while they are re-sealed (key rotation). */
  OZ_SECRETS_KEY_PREVIOUS: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type OzConfig = z.infer<typeof EnvironmentSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): OzConfig {
  const result = EnvironmentSchema.safeParse(environment);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/** The tile host origin for the CSP (`https://tile.openstreetmap.org`), `{s}` subdomains widened to `*`. */
export function tileOrigin(tileUrl: string): string {
  const { protocol, host } = new URL(tileUrl.replace('{s}', 'oz-subdomain'));
  return `${protocol}//${host.replace('oz-subdomain', '*')}`;
}
