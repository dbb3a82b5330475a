// Servers under test, each in its own child process (own event loop, own CPU accounting), so the load
// generator does not share their thread and each server's CPU time per request can be read: on a shared
// machine, CPU time per request is the steadiest figure (wall-clock throughput depends on what else runs).
// A child posts { port } once listening, answers 'cpu' with its process.cpuUsage(), and closes on 'close'.
import { fork } from 'node:child_process';

/** Starts bench/lib/<file> with `data`; resolves to { port, cpuMicros(), close() }. */
export async function startServer(file, data, { profile = false } = {}) {
  // OZ_BENCH_PROFILE_DIR=/some/dir: Oz's processes write a V8 CPU profile there when they close.
  const profileDir = process.env.OZ_BENCH_PROFILE_DIR;
  const child = fork(new URL(file, import.meta.url), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
    execArgv: profile && profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  child.send({ type: 'start', data });
  const { port } = await nextMessage(child, 'listening');
  return {
    port,
    pid: child.pid,
    async cpuMicros() {
      child.send({ type: 'cpu' });
      const { user, system } = await nextMessage(child, 'cpu');
      return user + system;
    },
    async close() {
      child.send({ type: 'close' });
      await nextMessage(child, 'closed');
      child.disconnect();
    },
  };
}

function nextMessage(child, type) {
  return new Promise((resolve, reject) => {
    const onMessage = (message) => {
      if (message?.type !== type) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code) => {
      cleanup();
      reject(new Error(`bench server exited with code ${code} while waiting for '${type}'`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The protocol a server child speaks (used by the *-server.mjs files). */
export function serve(start) {
  let server;
  async function handle(message) {
    if (message.type === 'start') {
      server = await start(message.data);
      process.send({ type: 'listening', port: server.port });
    } else if (message.type === 'cpu') {
      process.send({ type: 'cpu', ...process.cpuUsage() });
    } else if (message.type === 'close') {
      await server?.close();
      process.send({ type: 'closed' });
      process.exit(0);
    }
  }
  // A server that fails to start or stop must end the child loudly, not leave an unhandled rejection behind.
  process.on('message', (message) => {
    handle(message).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  });
}

/** Oz itself (compiled dist/), on the given database, with its whole plugin stack. */
export function startOz(target) {
  return startServer('./oz-server.mjs', target, { profile: true });
}

/** A bare Fastify answering each path with the body Oz gave for it (`bodies`: path → [status, type, body]). */
export function startCeiling(bodies) {
  return startServer('./ceiling-server.mjs', { bodies });
}

/** Fetches every distinct path once from Oz: what the ceiling will answer, byte for byte. */
export async function captureBodies(port, paths) {
  const bodies = {};
  for (const path of new Set(paths)) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${body.slice(0, 200)}`);
    bodies[path] = [response.status, response.headers.get('content-type'), body];
  }
  return bodies;
}
