// The care-structure directory: its repository, the first-start load of the shipped data, and short-lived
// caches of derived answers (coverage, snapshot). The caches only mirror the database, keyed by its version
// stamp or a few seconds' lifetime, so several processes still agree (docs/architecture.md).
import { createHash } from 'node:crypto';
import type { Coverage, StructureSnapshot } from '@oz/contracts';
import fp from 'fastify-plugin';
import { StructuresRepository } from '../../db/repositories/structures.repository.js';
import { describeImport } from '../../directory/import-structures.js';
import { loadShippedStructures } from '../../directory/shipped-data.js';

const COVERAGE_TTL_MS = 60_000;

export interface SnapshotBody {
  etag: string;
  json: string;
}

export interface Directory {
  repository: StructuresRepository;
  coverage(): Promise<Coverage>;
  snapshot(): Promise<SnapshotBody>;
}

declare module 'fastify' {
  interface FastifyInstance {
    directory: Directory;
  }
}

export default fp(
  async (app) => {
    const repository = new StructuresRepository(app.database.db);
    const now = app.ozOptions.now;
    if (app.ozOptions.loadShippedData) {
      const summaries = await loadShippedStructures(
        app.config.OZ_SHIPPED_DATA_DIR,
        app.places,
        repository,
        now(),
      );
      for (const summary of summaries) app.log.info(`shipped data imported: ${describeImport(summary)}`);
    }
    let coverage: { value: Coverage; expiresAt: number } | undefined;
    let snapshot: { version: string; body: SnapshotBody } | undefined;
    const directory: Directory = {
      repository,
      async coverage() {
        const nowMs = now().getTime();
        if (coverage === undefined || coverage.expiresAt <= nowMs) {
          coverage = { value: await repository.coverage(), expiresAt: nowMs + COVERAGE_TTL_MS };
        }
        return coverage.value;
      },
      async snapshot() {
        const version = await repository.versionStamp();
        if (snapshot?.version !== version) {
          snapshot = { version, body: await buildSnapshot(repository, version, now()) };
        }
        return snapshot.body;
      },
    };
    app.decorate('directory', directory);
  },
  { name: 'oz-directory', dependencies: ['oz-database', 'oz-places'] },
);

async function buildSnapshot(
  repository: StructuresRepository,
  version: string,
  now: Date,
): Promise<SnapshotBody> {
  const [structures, coverage] = await Promise.all([repository.listOpen(), repository.coverage()]);
  const digest = createHash('sha256').update(version).update(JSON.stringify(structures)).digest('base64url');
  const body: StructureSnapshot = {
    version: digest.slice(0, 16),
    generatedAt: now.toISOString(),
    coverage,
    structures,
  };
  return { etag: `"${digest.slice(0, 32)}"`, json: JSON.stringify(body) };
}
