// The open data shipped in data/ (see data/README.md), loaded into an empty directory at first start.
import { join } from 'node:path';
import type { StructuresRepository } from '../db/repositories/structures.repository.js';
import { importStructuresFile } from './import-structures.js';
import type { ImportFormat, ImportSummary } from './import-structures.js';
import type { Geocoder } from './structure-record.js';

export const COMMUNES_FILE = 'communes-centroides.csv';
export const POSTAL_CODES_FILE = 'codes-postaux-centroides.csv';

interface ShippedStructureFile {
  name: string;
  format: ImportFormat;
  dataDate?: string;
}

export const SHIPPED_STRUCTURE_FILES: readonly ShippedStructureFile[] = [
  // Koumoul's FINESS republication as filtered in data/README.md; generated 2026-08-10.
  { name: 'finess-31-csapa-hopitaux.csv', format: 'csv', dataDate: '2026-08-10' },
  { name: 'structures-idf-curated.csv', format: 'csv' },
];

/**
 * Imports the shipped files when no import was ever recorded. Idempotent upserts make a race between two
 * processes starting together on one PostgreSQL harmless (the second run finds every row unchanged).
 */
export async function loadShippedStructures(
  dataDir: string,
  geocoder: Geocoder,
  repository: StructuresRepository,
  now: Date,
): Promise<ImportSummary[]> {
  if ((await repository.countImports()) > 0) return [];
  const summaries: ImportSummary[] = [];
  for (const file of SHIPPED_STRUCTURE_FILES) {
    summaries.push(
      await importStructuresFile(
        { path: join(dataDir, file.name), format: file.format, dataDate: file.dataDate, now },
        geocoder,
        repository,
      ),
    );
  }
  return summaries;
}
