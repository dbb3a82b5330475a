// Graceful shutdown with keep-alive clients (browsers, load balancers keep connections open): once stopping,
// every answer says `Connection: close`, so each connection closes as soon as its request is answered, and a
// connection that turns idle is closed at once (server.close() closes those idle when it is called). Without
// this, a connection kept alive after its last answer holds the server open until the grace period ends and
// the process exits 1 (issue 9).
import fp from 'fastify-plugin';

export interface Shutdown {
  readonly stopping: boolean;
  /**
   * Stop keeping connections alive. Call app.close() after the current poll phase (setImmediate): requests
   * whose bytes already arrived are then read and count as in flight, not as idle connections to drop.
   */
  begin(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    shutdown: Shutdown;
  }
}

export default fp(
  async (app) => {
    let stopping = false;
    app.decorate('shutdown', {
      get stopping() {
        return stopping;
      },
      begin() {
        stopping = true;
      },
    } satisfies Shutdown);
    // Callback-style hooks: they run on every answer, and an async hook costs a promise each time (ADR 0006).
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (stopping) reply.header('connection', 'close');
      done(null, payload);
    });
    app.addHook('onResponse', (_request, _reply, done) => {
      // A connection whose answer left before stopping began is kept alive: once it turns idle, close it.
      if (stopping) setImmediate(() => app.server.closeIdleConnections());
      done();
    });
  },
  { name: 'oz-shutdown' },
);
