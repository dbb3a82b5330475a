// Keeps a process's in-memory directory index in step with the database, its source of truth (ADR 0006).
// Freshness is bounded by construction, not by timer luck: an index is served only while its version was
// confirmed less than `maxStalenessMs` ago; past that, the request itself checks the version (one-row read)
// and waits for a rebuild if it moved. A timer checks every half bound, so requests almost never wait. So a
// change committed by any process is in every answer given `maxStalenessMs` after its commit, and the
// process that made a change serves it at once (`changed()`).
import type { Structure } from '@oz/contracts';
import { DirectoryIndexBuilder } from './directory-index.js';
import type { DirectoryIndex } from './directory-index.js';

export interface DirectorySource {
  /** The directory version (table `directory_version`). */
  version(): Promise<number>;
  /** Open structures with ids after `afterId` (all when undefined), in id order, at most `limit`. */
  openStructures(afterId: string | undefined, limit: number): Promise<Structure[]>;
}

export interface LiveDirectoryOptions {
  source: DirectorySource;
  maxStalenessMs: number;
  /** Monotonic milliseconds; tests drive it. */
  clock?: () => number;
  /** A failed check (database unreachable): the last index keeps being served. */
  onError?: (error: unknown) => void;
}

/** Rows read per query while rebuilding: the event loop gets a turn between pages, so requests keep flowing. */
const PAGE_SIZE = 5000;

export class LiveDirectory {
  private check: Promise<void> | undefined;
  private readonly clock: () => number;

  private constructor(
    private readonly options: LiveDirectoryOptions,
    private index: DirectoryIndex,
    /** Clock time at which the last check began: every change committed before it is in `index`. */
    private confirmedAt: number,
  ) {
    this.clock = options.clock ?? (() => performance.now());
  }

  static async open(options: LiveDirectoryOptions): Promise<LiveDirectory> {
    const clock = options.clock ?? (() => performance.now());
    const started = clock();
    const index = await load(options.source, await options.source.version());
    return new LiveDirectory(options, index, started);
  }

  /** The index, holding every change committed at least `maxStalenessMs` ago. */
  async current(): Promise<DirectoryIndex> {
    // Twice at most: a check already in flight may have begun too long ago to count.
    for (let attempt = 0; attempt < 2 && this.isStale(); attempt += 1) await this.refresh();
    return this.index;
  }

  /** The index if it is fresh enough to serve without waiting (the fast path of every search). */
  currentIfFresh(): DirectoryIndex | undefined {
    return this.isStale() ? undefined : this.index;
  }

  /** Checks the version now (one check at a time) and rebuilds the index when it moved. */
  refresh(): Promise<void> {
    this.check ??= this.checkVersion().finally(() => {
      this.check = undefined;
    });
    return this.check;
  }

  /** After this process changed the directory: resolves once the index includes the change. */
  async changed(): Promise<void> {
    // A check in flight may have read the version before the change was committed.
    await this.check;
    await this.refresh();
  }

  /** Checks every half bound in the background; returns the function that stops it. */
  poll(): () => void {
    const timer = setInterval(() => void this.refresh(), Math.max(50, this.options.maxStalenessMs / 2));
    timer.unref();
    return () => clearInterval(timer);
  }

  private isStale(): boolean {
    return this.clock() - this.confirmedAt > this.options.maxStalenessMs;
  }

  private async checkVersion(): Promise<void> {
    const started = this.clock();
    try {
      const version = await this.options.source.version();
      if (version !== this.index.version) this.index = await load(this.options.source, version);
    } catch (error) {
      // Public, read-mostly data: serving the last index beats failing searches while the database is away.
      this.options.onError?.(error);
    }
    this.confirmedAt = Math.max(this.confirmedAt, started);
  }
}

/**
 * Reads the open directory page by page. The version is read before the rows, so rows changed meanwhile are at
 * least as new as it says, and the next check (which sees a higher version) reads them again.
 */
async function load(source: DirectorySource, version: number): Promise<DirectoryIndex> {
  const builder = new DirectoryIndexBuilder();
  let afterId: string | undefined;
  for (;;) {
    const page = await source.openStructures(afterId, PAGE_SIZE);
    builder.add(page);
    afterId = page.at(-1)?.id;
    if (page.length < PAGE_SIZE || afterId === undefined) break;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return builder.build(version);
}
