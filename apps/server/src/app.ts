// The Oz server as one Fastify instance: external plugins (database, security, OpenAPI), app plugins (places,
// directory, web host), then routes mirroring the URLs — autoloaded in that order, like fastify/demo.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autoload from '@fastify/autoload';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { OzConfig } from './config.js';
import type { OzDatabase } from './db/database.js';
import { handleClientError } from './client-errors.js';
import { handleError } from './error-handler.js';
import type { PlacesIndex } from './places/places-index.js';
import { warmUpNextTick } from './tick-warm-up.js';

export interface OzAppOptions {
  config: OzConfig;
  /** An already-open database (tests, benchmarks); the caller closes it. */
  database?: OzDatabase | undefined;
  places?: PlacesIndex | undefined;
  /** Clock (tests pass a fixed one). */
  now?: () => Date;
  /** Import the shipped directory files into an empty database (default true). */
  loadShippedData?: boolean;
  /** Fastify logger; false in tests. */
  logger?: boolean;
}

interface ResolvedOptions {
  database: OzDatabase | undefined;
  places: PlacesIndex | undefined;
  now: () => Date;
  loadShippedData: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: OzConfig;
    ozOptions: ResolvedOptions;
  }
}

const here = fileURLToPath(new URL('.', import.meta.url));
// Tests and declaration files sit beside the code: never load them as plugins.
const IGNORED_FILES = /(\.test\.[cm]?[jt]s|\.d\.ts|\.map)$/;

export async function buildApp(options: OzAppOptions): Promise<FastifyInstance> {
  await warmUpNextTick();
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: options.config.LOG_LEVEL, serializers: { req: logRequest } },
    bodyLimit: options.config.OZ_BODY_LIMIT_BYTES,
    // The directory plugin builds its in-memory index before the server listens: 300,000 structures (bench)
    // on a busy machine took longer than Fastify's default 10 s and stopped the start (ADR 0006).
    pluginTimeout: 120_000,
    trustProxy: options.config.TRUST_PROXY,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 100 },
    frameworkErrors: handleError,
    clientErrorHandler: handleClientError,
  });
  app.decorate('config', options.config);
  app.decorate('ozOptions', {
    database: options.database,
    places: options.places,
    now: options.now ?? (() => new Date()),
    loadShippedData: options.loadShippedData ?? true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(autoload, { dir: join(here, 'plugins/external'), ignorePattern: IGNORED_FILES });
  await app.register(autoload, { dir: join(here, 'plugins/app'), ignorePattern: IGNORED_FILES });
  await app.register(autoload, {
    dir: join(here, 'routes'),
    ignorePattern: IGNORED_FILES,
    // routes/api/pro/autohooks.ts (issue 5) will guard every /api/pro route with its session check.
    autoHooks: true,
    cascadeHooks: true,
  });
  return app;
}

/** Request log line: method, path without the query string (it may hold a place), request id. */
function logRequest(request: { method: string; url: string; id: string }): Record<string, string> {
  return { method: request.method, path: request.url.split('?')[0] ?? '', id: request.id };
}
