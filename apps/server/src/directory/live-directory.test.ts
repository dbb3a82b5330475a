import type { Structure } from '@oz/contracts';
import { describe, expect, it } from 'vitest';
import { aStructure } from '../test-support/structure.fixture.js';
import { LiveDirectory } from './live-directory.js';
import type { DirectorySource } from './live-directory.js';

/** A directory in memory standing for the database: a version and rows, with counts of what was read. */
class FakeSource implements DirectorySource {
  versionReads = 0;
  pageReads = 0;
  failing = false;
  private pending: (() => void) | undefined;

  constructor(
    public currentVersion: number,
    public rows: Structure[],
  ) {}

  async version(): Promise<number> {
    this.versionReads += 1;
    // The value is read when the query starts; a held answer arrives later (a check in flight).
    const version = this.currentVersion;
    if (this.pending !== undefined) await new Promise<void>((resolve) => (this.pending = resolve));
    if (this.failing) throw new Error('database unreachable');
    return version;
  }

  /** The next version read answers only at `release()`, with the version of when it began. */
  hold(): void {
    this.pending = () => undefined;
  }

  release(): void {
    const resume = this.pending;
    this.pending = undefined;
    resume?.();
  }

  openStructures(afterId: string | undefined, limit: number): Promise<Structure[]> {
    this.pageReads += 1;
    const after = this.rows.filter((row) => afterId === undefined || row.id > afterId);
    return Promise.resolve(after.slice(0, limit));
  }

  change(rows: Structure[]): void {
    this.rows = rows;
    this.currentVersion += 1;
  }
}

function setUp(rows = [aStructure({ id: 'curated-a' })]) {
  const source = new FakeSource(1, rows);
  const time = { now: 0 };
  const errors: unknown[] = [];
  const open = () =>
    LiveDirectory.open({
      source,
      maxStalenessMs: 1000,
      clock: () => time.now,
      onError: (error) => errors.push(error),
    });
  return { source, time, errors, open };
}

const idsOf = async (live: LiveDirectory): Promise<string[]> =>
  JSON.parse((await live.current()).structuresJson()).map((structure: Structure) => structure.id);

describe('LiveDirectory', () => {
  it('serves its index without reading the database while the version was confirmed within the bound', async () => {
    const { source, time, open } = setUp();
    const live = await open();
    const reads = source.versionReads;
    time.now = 1000;
    await live.current();
    expect(live.currentIfFresh()).toBeDefined();
    expect(source.versionReads).toBe(reads);
  });

  it('checks the version past the bound, and rebuilds only when it moved', async () => {
    const { source, time, open } = setUp();
    const live = await open();
    time.now = 1001;
    expect(live.currentIfFresh()).toBeUndefined();
    await live.current();
    expect(source.versionReads).toBe(2);
    expect(source.pageReads).toBe(1);
    source.change([aStructure({ id: 'curated-a' }), aStructure({ id: 'curated-b' })]);
    time.now = 2500;
    expect(await idsOf(live)).toEqual(['curated-a', 'curated-b']);
    expect((await live.current()).version).toBe(2);
  });

  it('serves every change committed before the bound, whatever another process did meanwhile', async () => {
    const { source, time, open } = setUp();
    const live = await open();
    // Committed by another process at t = 300 ms: not yet seen at 900 ms, certainly seen at 1 301 ms.
    time.now = 300;
    source.change([aStructure({ id: 'curated-z' })]);
    time.now = 900;
    expect(await idsOf(live)).toEqual(['curated-a']);
    time.now = 1301;
    expect(await idsOf(live)).toEqual(['curated-z']);
  });

  it('includes its own change at once, even when a check that began before it is still in flight', async () => {
    const { source, time, open } = setUp();
    const live = await open();
    time.now = 400;
    source.hold();
    const early = live.refresh();
    source.change([aStructure({ id: 'curated-new' })]);
    const changed = live.changed();
    source.release();
    await Promise.all([early, changed]);
    expect(await idsOf(live)).toEqual(['curated-new']);
  });

  it('reads the directory page by page (keyset), every structure once', async () => {
    const rows = Array.from({ length: 12_345 }, (_, index) =>
      aStructure({ id: `curated-${String(index).padStart(5, '0')}` }),
    );
    const { source, open } = setUp(rows);
    const live = await open();
    expect((await live.current()).size).toBe(12_345);
    expect(source.pageReads).toBe(3);
    expect(new Set(await idsOf(live)).size).toBe(12_345);
  });

  it('keeps serving the last index while the database is unreachable, and reports it', async () => {
    const { source, time, errors, open } = setUp();
    const live = await open();
    source.failing = true;
    time.now = 5000;
    expect(await idsOf(live)).toEqual(['curated-a']);
    expect(errors).toHaveLength(1);
    // Not retried on every request: the next check waits for the bound again.
    await live.current();
    expect(errors).toHaveLength(1);
    source.failing = false;
    source.change([aStructure({ id: 'curated-back' })]);
    time.now = 6001;
    expect(await idsOf(live)).toEqual(['curated-back']);
  });
});
