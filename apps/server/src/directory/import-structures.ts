// Imports one directory file: parse everything first, then write in a single transaction, so a malformed file
// or a database failure never leaves a half import.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { StructuresRepository } from '../db/repositories/structures.repository.js';
import { parseOzCsvFile } from './curated-csv.js';
import { decodeImportFile } from './decode.js';
import type { TextEncodingName } from './decode.js';
import { parseFinessFile } from './finess-parser.js';
import type { Geocoder, RowIssue } from './structure-record.js';

export const IMPORT_FORMATS = ['finess', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportRequest {
  path: string;
  format: ImportFormat;
  /** Date of the data when the file does not carry it (the FINESS-derived CSV sample). */
  dataDate?: string | undefined;
  now: Date;
}

export interface ImportSummary {
  file: string;
  format: ImportFormat;
  encoding: TextEncodingName;
  dataDate: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: RowIssue[];
  skipped: RowIssue[];
  /** Rows imported with a caveat (unusable coordinates: commune centre used). */
  warnings: RowIssue[];
  ignored: number;
}

export async function importStructuresFile(
  request: ImportRequest,
  geocoder: Geocoder,
  repository: StructuresRepository,
): Promise<ImportSummary> {
  const { text, encoding } = decodeImportFile(readFileSync(request.path));
  const parsed =
    request.format === 'finess'
      ? parseFinessFile(text, geocoder)
      : parseOzCsvFile(text, geocoder, request.dataDate ?? null);
  const file = basename(request.path);
  const counts = await repository.importRecords(
    parsed.records.map(({ record }) => record),
    {
      source: parsed.records[0]?.record.source ?? request.format,
      format: request.format,
      fileName: file,
      dataDate: parsed.dataDate,
      rejected: parsed.rejected.length,
    },
    request.now,
  );
  return {
    file,
    format: request.format,
    encoding,
    dataDate: parsed.dataDate,
    ...counts,
    rejected: parsed.rejected,
    skipped: parsed.skipped,
    warnings: parsed.warnings,
    ignored: parsed.ignored,
  };
}

/** Plain-text summary for the operator (no health data: directory rows are public information). */
export function describeImport(summary: ImportSummary): string {
  const lines = [
    `${summary.file} (${summary.format}, ${summary.encoding}${summary.dataDate === null ? '' : `, data of ${summary.dataDate}`})`,
    `  inserted ${summary.inserted}, updated ${summary.updated}, unchanged ${summary.unchanged}, ` +
      `rejected ${summary.rejected.length}, skipped ${summary.skipped.length}, other categories ${summary.ignored}, ` +
      `warnings ${summary.warnings.length}`,
    ...summary.rejected.map((issue) => `  rejected line ${issue.line}: ${issue.reason}`),
    ...summary.warnings.map((issue) => `  warning line ${issue.line}: ${issue.reason}`),
    ...summary.skipped.map((issue) => `  skipped line ${issue.line}: ${issue.reason}`),
  ];
  return lines.join('\n');
}
