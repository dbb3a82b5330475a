// The real server entry point (src/server.ts) in a child process, as `npm run dev` starts it, on a fresh SQLite
// data directory and a free port. Its JSON log lines are collected, so tests can wait for what the server did
// instead of sleeping.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  /** Parsed JSON log lines so far. */
  logs: Record<string, unknown>[];
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Resolves once `predicate` holds for the collected log lines. */
  waitForLog(predicate: (lines: Record<string, unknown>[]) => boolean): Promise<void>;
  cleanup(): void;
}

export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oz-server-'));
  const child = spawn(process.execPath, ['--conditions=@oz/source', '--import', 'tsx', 'src/server.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      OZ_DATA_DIR: dataDir,
      OZ_JOBS_INTERVAL_MS: '0',
      OZ_WEB_DIST: join(dataDir, 'no-web-build'),
      LOG_LEVEL: 'info',
      SMTP_URL: '',
      DATABASE_URL: '',
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const waiters: { predicate: (lines: Record<string, unknown>[]) => boolean; resolve: () => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Not a log line (a stray print): ignored.
      }
    }
    for (const waiter of [...waiters]) {
      if (waiter.predicate(logs)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitForLog = (predicate: (lines: Record<string, unknown>[]) => boolean): Promise<void> =>
    predicate(logs)
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          waiters.push({ predicate, resolve });
          void exited.then((code) => reject(new Error(`server exited (${code}) first: ${stderr}`)));
        });
  await waitForLog((lines) => lines.some((line) => String(line['msg']).startsWith('Server listening at')));
  const listening = logs.find((line) => String(line['msg']).startsWith('Server listening at'));
  const port = Number(/:(\d+)$/.exec(String(listening?.['msg']))?.[1]);
  return {
    port,
    child,
    logs,
    exited,
    waitForLog,
    cleanup: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
