// Row types of the Oz database, as Kysely sees them. One portable schema for SQLite and PostgreSQL:
// booleans are 0/1 integers, instants are ISO-8601 text, bigint counters are parsed by the repositories
// (pg returns int8 as a string).
import type { ColumnType } from 'kysely';

export interface StructuresTable {
  id: string;
  source: string;
  source_id: string;
  name: string;
  type: string;
  address: string | null;
  postal_code: string | null;
  city: string | null;
  departement: string | null;
  insee_code: string | null;
  phone: string | null;
  website: string | null;
  email: string | null;
  serves_adults: number;
  serves_young: number;
  serves_entourage: number;
  opening_hours: string | null;
  status: string;
  latitude: number;
  longitude: number;
  /** floor(latitude × 10): the leading column of the spatial index (see ADR 0002). */
  lat_band: number;
  position_approximate: number;
  category_code: string | null;
  data_date: string | null;
  source_url: string | null;
  created_at: string;
  updated_at: string;
}

export interface StructureImportsTable {
  id: string;
  source: string;
  format: string;
  file_name: string;
  data_date: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  imported_at: string;
}

/**
 * One row (id 1): incremented in the same transaction as every change to `structures` or
 * `structure_profiles`; each process's in-memory directory index compares it with its own (ADR 0006).
 */
export interface DirectoryVersionTable {
  id: number;
  /** int8 in PostgreSQL, returned as a string by pg. */
  version: ColumnType<number | string, number, number>;
}

export interface Database {
  structures: StructuresTable;
  structure_imports: StructureImportsTable;
  directory_version: DirectoryVersionTable;
}

// The professionals' workspace tables (issue 5) are merged into Database in schema-pro.ts.
