// The care-structure directory: its repository (the source of truth), the first-start load of the shipped
// data, and the in-memory index every search reads (ADR 0006), kept within OZ_DIRECTORY_MAX_STALENESS_MS of
// the database so several processes converge. The snapshot is built once per index.
import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import { StructuresRepository } from '../../db/repositories/structures.repository.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import { describeImport } from '../../directory/import-structures.js';
import { LiveDirectory } from '../../directory/live-directory.js';
import { loadShippedStructures } from '../../directory/shipped-data.js';

export interface SnapshotBody {
  etag: string;
  json: string;
}

export interface Directory {
  repository: StructuresRepository;
  /** The in-memory index: every change committed OZ_DIRECTORY_MAX_STALENESS_MS ago or more is in it. */
  current(): Promise<DirectoryIndex>;
  /** The index when it is fresh enough to serve without a version check (nearly always), else undefined. */
  currentIfFresh(): DirectoryIndex | undefined;
  /** Call after this process changed structures or what one declares: resolves once answers include it. */
  changed(): Promise<void>;
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
    const live = await LiveDirectory.open({
      source: {
        version: () => repository.directoryVersion(),
        openStructures: (afterId, limit) => repository.listOpenPage(afterId, limit),
      },
      maxStalenessMs: app.config.OZ_DIRECTORY_MAX_STALENESS_MS,
      onError: (error) =>
        app.log.warn({ err: error }, 'directory version check failed: serving the last index'),
    });
    const stopPolling = live.poll();
    app.addHook('onClose', async () => stopPolling());
    const current = await live.current();
    app.log.info({ structures: current.size, version: current.version }, 'directory index ready');

    let snapshot: { index: DirectoryIndex; body: SnapshotBody } | undefined;
    const directory: Directory = {
      repository,
      current: () => {
        const fresh = live.currentIfFresh();
        return fresh === undefined ? live.current() : Promise.resolve(fresh);
      },
      currentIfFresh: () => live.currentIfFresh(),
      changed: () => live.changed(),
      async snapshot() {
        const index = await live.current();
        if (snapshot?.index !== index) snapshot = { index, body: snapshotOf(index, now()) };
        return snapshot.body;
      },
    };
    app.decorate('directory', directory);
  },
  { name: 'oz-directory', dependencies: ['oz-database', 'oz-places'] },
);

/** The whole open directory for offline use; its ETag follows the content only. */
function snapshotOf(index: DirectoryIndex, now: Date): SnapshotBody {
  const structures = index.structuresJson();
  const coverage = JSON.stringify(index.coverage);
  const digest = createHash('sha256').update(structures).update(coverage).digest('base64url');
  const json = `{"version":${JSON.stringify(digest.slice(0, 16))},"generatedAt":${JSON.stringify(now.toISOString())},"coverage":${coverage},"structures":${structures}}`;
  return { etag: `"${digest.slice(0, 32)}"`, json };
}
