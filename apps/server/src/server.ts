// Entry point: read the configuration, build the app, listen, and stop gracefully on SIGTERM/SIGINT so a load
// balancer can roll processes without errors: stop accepting connections, answer every request in flight (with
// `Connection: close`), close idle keep-alive connections, let a job run finish, close the database, exit 0.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';

/** Past this, whatever still runs is abandoned and the process exits 1 (a supervisor restarts it). */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp({ config });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('shutdown took too long, exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    app.shutdown.begin();
    // After this poll phase: requests whose bytes already arrived are read first, so they are answered.
    const closed = new Promise<void>((resolve) => setImmediate(resolve)).then(() => app.close());
    closed.then(
      () => {
        app.log.info('shut down');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Oz server failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
