// The compiled Oz server (apps/server/dist/server.js) as a child process, for the suites that need a real
// process: memory (its RSS), crash (SIGKILL), fuzz (it must stay up). Rebuilt first when a source file is newer
// than the build, so a suite never measures stale code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;
const SERVER_ENTRY = join(root, 'apps/server/dist/server.js');
const SOURCES = ['packages/core/src', 'packages/contracts/src', 'apps/server/src'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds core, contracts and the server when the build is missing or older than a source file. */
export function ensureServerBuilt(log) {
  const built = existsSync(SERVER_ENTRY) ? statSync(SERVER_ENTRY).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((dir) => newestMtime(join(root, dir))));
  if (built >= sources) return;
  log('building core, contracts and server…');
  const result = spawnSync(
    'npm',
    ['run', 'build', '-w', '@oz/core', '-w', '@oz/contracts', '-w', '@oz/server'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('build failed');
}

/** Resident set size of a process, bytes (Linux /proc). */
export function rssOf(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (match === null) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** A port free right now on the loopback (the server binds it a moment later). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server on a free port with `env` (OZ_DATA_DIR, DATABASE_URL…); resolves once /api/health answers.
 * `exited` resolves with { code, signal }; `output()` is what it printed (warnings and errors only).
 */
export async function startOz(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      OZ_JOBS_INTERVAL_MS: '0',
      OZ_WEB_DIST: join(root, 'nonexistent-web-build'),
      SMTP_URL: '',
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exit;
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    }),
  );
  for (;;) {
    if (exit !== undefined) {
      throw new Error(`server exited before answering (${exit.code ?? exit.signal}): ${output.slice(-2000)}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, pid: child.pid, port, exited, output: () => output };
}
