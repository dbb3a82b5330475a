// The operator's side of issue 5: `npm run oz -- create-user` run against the very database of the server the
// suite is using. serve.mjs gives each run a fresh data directory (mkdtemp) and writes its path to
// var/e2e-data-dir-<port>; with DATABASE_URL set (PostgreSQL), the server and this command share it through
// the inherited environment.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { port } from './env.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDirPointer = fileURLToPath(new URL(`../../var/e2e-data-dir-${String(port)}`, import.meta.url));

/** The SQLite directory of the running e2e server (ignored by the server when DATABASE_URL is set). */
export function e2eDataDir(): string {
  if (!existsSync(dataDirPointer)) {
    throw new Error(
      `e2e: ${dataDirPointer} is missing: the server on port ${String(port)} was not started by ` +
        'e2e/support/serve.mjs (stop it, or run with another OZ_E2E_PORT).',
    );
  }
  const dataDir = readFileSync(dataDirPointer, 'utf8').trim();
  if (!existsSync(dataDir)) {
    throw new Error(
      `e2e: the data directory ${dataDir} is gone: is the server on port ${String(port)} running?`,
    );
  }
  return dataDir;
}

export type CliRole = 'admin' | 'structure-admin' | 'professional';

export interface CliUser {
  readonly role: CliRole;
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly structureId?: string;
}

/**
 * `npm run oz -- create-user … --password-stdin`, the way an operator creates the first platform admin; against
 * the suite's server, or a test's own server (oz-server.ts: SQLite in its data directory).
 */
export async function createUserWithCli(user: CliUser, own?: { dataDir: string }): Promise<string> {
  const args = ['run', 'oz', '--', 'create-user', '--role', user.role, '--email', user.email];
  args.push('--name', user.name, '--password-stdin');
  if (user.structureId !== undefined) args.push('--structure', user.structureId);
  const child = spawn('npm', args, {
    cwd: repoRoot,
    env:
      own === undefined
        ? { ...process.env, OZ_DATA_DIR: e2eDataDir() }
        : { ...process.env, OZ_DATA_DIR: own.dataDir, DATABASE_URL: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stdin.end(`${user.password}\n`);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`npm run oz -- create-user failed (exit ${String(code)}):\n${output}`);
  return output;
}
