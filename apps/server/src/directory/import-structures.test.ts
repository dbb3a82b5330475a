import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OzDatabase } from '../db/database.js';
import { StructuresRepository } from '../db/repositories/structures.repository.js';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../test-support/databases.js';
import { shippedPlaces } from '../test-support/places.js';
import { CSAPA_ANPAA, CSAPA_MAURICE_DIDE, GEO_ANPAA, finessFile } from './finess.fixture.js';
import { describeImport, importStructuresFile } from './import-structures.js';
import { ImportFileError } from './structure-record.js';

const directory = mkdtempSync(join(tmpdir(), 'oz-import-'));
function fileWith(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

describe.each(TEST_DATABASE_KINDS)('importStructuresFile on %s', (kind) => {
  let database: OzDatabase;
  let repository: StructuresRepository;
  const now = new Date('2026-11-24T10:00:00Z');

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repository = new StructuresRepository(database.db);
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    await database.db.deleteFrom('structures').execute();
    await database.db.deleteFrom('structure_imports').execute();
  });

  it('imports a FINESS file, then finds every row unchanged on a second run', async () => {
    const path = fileWith(
      'finess.csv',
      finessFile([CSAPA_ANPAA, CSAPA_MAURICE_DIDE, 'structureet;bad', GEO_ANPAA]),
    );
    const first = await importStructuresFile({ path, format: 'finess', now }, shippedPlaces(), repository);
    expect(first).toMatchObject({ inserted: 2, updated: 0, unchanged: 0, dataDate: '2026-08-10' });
    expect(first.rejected).toEqual([{ line: 4, reason: 'expected at least 31 fields, found 2' }]);
    expect(describeImport(first)).toContain('rejected line 4: expected at least 31 fields, found 2');
    const second = await importStructuresFile({ path, format: 'finess', now }, shippedPlaces(), repository);
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect(await repository.listOpen()).toHaveLength(2);
  });

  it('leaves the directory untouched when the file is malformed', async () => {
    await importStructuresFile(
      { path: fileWith('ok.csv', finessFile([CSAPA_ANPAA])), format: 'finess', now },
      shippedPlaces(),
      repository,
    );
    const broken = fileWith('broken.csv', `${finessFile([CSAPA_MAURICE_DIDE])}structureet;"unterminated\n`);
    await expect(
      importStructuresFile({ path: broken, format: 'finess', now }, shippedPlaces(), repository),
    ).rejects.toThrow(ImportFileError);
    const notFiness = fileWith('other.csv', 'id;name\n1;x\n');
    await expect(
      importStructuresFile({ path: notFiness, format: 'finess', now }, shippedPlaces(), repository),
    ).rejects.toThrow(ImportFileError);
    expect((await repository.listOpen()).map((structure) => structure.id)).toEqual(['finess-310788070']);
    expect(await repository.countImports()).toBe(1);
  });
});
