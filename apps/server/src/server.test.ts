// Graceful shutdown under keep-alive load (issue 9), with the real entry point in a child process: SIGTERM while
// requests are in flight and other keep-alive connections sit idle → every in-flight request is answered (with
// `Connection: close`), the idle connections are closed, and the process exits 0 (not 1 after the grace period).
import { Agent, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess } from './test-support/server-process.js';
import type { ServerProcess } from './test-support/server-process.js';

interface Answer {
  status: number;
  connection: string | undefined;
}

function send(
  agent: Agent,
  port: number,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): { sent: Promise<void>; answered: Promise<Answer> } {
  let markSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const answered = new Promise<Answer>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: payload === undefined ? {} : { 'content-type': 'application/json' },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.on('finish', markSent);
    outgoing.end(payload);
  });
  return { sent, answered };
}

describe('graceful shutdown', () => {
  let server: ServerProcess | undefined;
  afterEach(() => server?.cleanup());

  it('answers every in-flight request and exits 0 under keep-alive load', async () => {
    server = await startServerProcess();
    const { port } = server;
    const agent = new Agent({ keepAlive: true, maxSockets: 24 });
    // 24 keep-alive connections, open and idle, as a browser or a load balancer keeps them.
    const warmUp = Array.from({ length: 24 }, () => send(agent, port, 'GET', '/api/health').answered);
    // (They are then reused: each request below goes on a connection the server already keeps alive.)
    expect((await Promise.all(warmUp)).every((answer) => answer.status === 200)).toBe(true);

    // 16 sign-ins in flight on 16 of them (argon2 runs on the thread pool: they stay in flight for a while);
    // the 8 others stay idle. SIGTERM once the server has received all 16.
    const inFlight = Array.from({ length: 16 }, (_, index) =>
      send(agent, port, 'POST', '/api/pro/session', {
        email: `nobody-${index}@oz.test`,
        password: 'not a password of anyone',
      }),
    );
    await Promise.all(inFlight.map((item) => item.sent));
    const incomingPosts = (lines: Record<string, unknown>[]): number =>
      lines.filter(
        (line) =>
          line['msg'] === 'incoming request' &&
          (line['req'] as { method?: string } | undefined)?.method === 'POST',
      ).length;
    await server.waitForLog((lines) => incomingPosts(lines) === 16);
    server.child.kill('SIGTERM');

    const answers = await Promise.all(inFlight.map((item) => item.answered));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 16 }, () => 401));
    expect(await server.exited).toBe(0);
    // The scenario did happen: answers sent while stopping said `Connection: close`.
    expect(answers.some((answer) => answer.connection === 'close')).toBe(true);
    expect(server.logs.some((line) => line['msg'] === 'shut down')).toBe(true);
    agent.destroy();
  }, 60_000);
});
