// Graceful shutdown under keep-alive load (issue 9), with the real entry point in a child process: SIGTERM while
// requests are in flight and other keep-alive connections sit idle → every in-flight request is answered (with
// `Connection: close`), the idle connections are closed, and the process exits 0 (not 1 after the grace period).
import { Agent, request } from 'node:http';
import type { ClientRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess } from './test-support/server-process.js';
import type { ServerProcess } from './test-support/server-process.js';

interface Answer {
  status: number;
  connection: string | undefined;
}

interface Sent {
  answered: Promise<Answer>;
  /** Sends the rest of the body: until then the request is in flight on the server, its body still coming. */
  finish(): void;
}

/** Sends the headers and all the body but its last byte, so the request stays in flight until `finish()`. */
function send(agent: Agent, port: number, method: 'GET' | 'POST', path: string, body?: unknown): Sent {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  let outgoing: ClientRequest | undefined;
  const answered = new Promise<Answer>((resolve, reject) => {
    outgoing = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers:
          payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': String(payload.length) },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }),
        );
      },
    );
    outgoing.on('error', reject);
    if (payload === undefined) outgoing.end();
    else outgoing.write(payload.subarray(0, -1));
  });
  return { answered, finish: () => outgoing?.end(payload?.subarray(-1)) };
}

const isIncomingPost = (line: Record<string, unknown>): boolean =>
  line['msg'] === 'incoming request' && (line['req'] as { method?: string } | undefined)?.method === 'POST';

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

    // 16 sign-ins in flight on 16 of them, held by their last body byte so that they are still in flight when
    // the signal arrives, however fast or loaded the machine; the 8 others stay idle.
    const inFlight = Array.from({ length: 16 }, (_, index) =>
      send(agent, port, 'POST', '/api/pro/session', {
        email: `nobody-${index}@oz.test`,
        password: 'not a password of anyone',
      }),
    );
    await server.waitForLog((lines) => lines.filter(isIncomingPost).length === 16);
    server.child.kill('SIGTERM');
    await server.waitForLog((lines) => lines.some((line) => line['msg'] === 'shutting down'));
    for (const item of inFlight) item.finish();

    const answers = await Promise.all(inFlight.map((item) => item.answered));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 16 }, () => 401));
    // Every answer left while stopping, so each says `Connection: close`.
    expect(answers.map((answer) => answer.connection)).toEqual(Array.from({ length: 16 }, () => 'close'));
    expect(await server.exited).toBe(0);
    expect(server.logs.some((line) => line['msg'] === 'shut down')).toBe(true);
    agent.destroy();
  }, 60_000);
});
