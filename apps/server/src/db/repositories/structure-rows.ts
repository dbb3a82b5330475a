// Mapping between stored rows and the API's Structure shape.
import { PublicSchema, StructureSourceSchema, StructureTypeSchema } from '@oz/contracts';
import type { Public, Structure } from '@oz/contracts';
import type { StructureRecord } from '../../directory/structure-record.js';
import type { StructuresTable } from '../schema.js';

/** Width of a latitude band of the spatial index, in degrees (0.1° ≈ 11 km). */
export const LAT_BAND_DEGREES = 0.1;

export function latBandOf(latitude: number): number {
  return Math.floor(latitude / LAT_BAND_DEGREES);
}

export function structureIdOf(record: Pick<StructureRecord, 'source' | 'sourceId'>): string {
  return `${record.source}-${record.sourceId}`;
}

/** The stored columns of a record, without timestamps (what decides "changed" on re-import). */
export type StructureContent = Omit<StructuresTable, 'created_at' | 'updated_at'>;

export function contentOf(record: StructureRecord): StructureContent {
  const has = (value: Public): number => (record.publics.includes(value) ? 1 : 0);
  return {
    id: structureIdOf(record),
    source: record.source,
    source_id: record.sourceId,
    name: record.name,
    type: record.type,
    address: record.address,
    postal_code: record.postalCode,
    city: record.city,
    departement: record.departement,
    insee_code: record.inseeCode,
    phone: record.phone,
    website: record.website,
    email: record.email,
    serves_adults: has('adults'),
    serves_young: has('young'),
    serves_entourage: has('entourage'),
    opening_hours: record.openingHours,
    status: record.status,
    latitude: record.latitude,
    longitude: record.longitude,
    lat_band: latBandOf(record.latitude),
    position_approximate: record.positionApproximate ? 1 : 0,
    category_code: record.categoryCode,
    data_date: record.dataDate,
    source_url: record.sourceUrl,
  };
}

const CONTENT_KEYS = Object.keys(contentOf(sampleRecord())) as (keyof StructureContent)[];

export function sameContent(stored: StructuresTable, next: StructureContent): boolean {
  return CONTENT_KEYS.every((key) => stored[key] === next[key]);
}

/**
 * What a structure on Oz declares about itself (`structure_profiles`, issue 5), left-joined to its directory
 * row: all null when the structure has not joined Oz. Its publics and hours, when set, replace the imported
 * ones (the structure knows better than a yearly register).
 */
export interface DeclaredColumns {
  declared_publics: string | null;
  declared_opening_hours: string | null;
  wait_time_days: number | string | null;
  accepting_new_people: number | null;
  declared_at: string | null;
}

export type DirectoryRow = StructuresTable & DeclaredColumns;

function importedPublics(row: StructuresTable): Public[] {
  const publics: Public[] = [];
  if (row.serves_adults === 1) publics.push(PublicSchema.enum.adults);
  if (row.serves_young === 1) publics.push(PublicSchema.enum.young);
  if (row.serves_entourage === 1) publics.push(PublicSchema.enum.entourage);
  return publics;
}

/** Declared publics replace the imported ones; an empty declaration says nothing, so the import stands. */
function publicsOf(row: DirectoryRow): Public[] {
  if (row.declared_publics === null || row.declared_publics === '') return importedPublics(row);
  return row.declared_publics.split(',').map((value) => PublicSchema.parse(value));
}

export function structureOfRow(row: DirectoryRow): Structure {
  const joined = row.declared_at !== null;
  return {
    id: row.id,
    source: StructureSourceSchema.parse(row.source),
    name: row.name,
    type: StructureTypeSchema.parse(row.type),
    address: row.address,
    postalCode: row.postal_code,
    city: row.city,
    departement: row.departement,
    phone: row.phone,
    website: row.website,
    email: row.email,
    publics: publicsOf(row),
    openingHours: row.declared_opening_hours ?? row.opening_hours,
    latitude: row.latitude,
    longitude: row.longitude,
    positionApproximate: row.position_approximate === 1,
    dataDate: row.data_date,
    // pg returns integer columns as numbers, but keep Number() for engines that give strings.
    waitTimeDays: row.wait_time_days === null ? null : Number(row.wait_time_days),
    acceptingNewPeople: joined ? row.accepting_new_people === 1 : null,
    availabilityDeclaredAt: row.declared_at,
  };
}

function sampleRecord(): StructureRecord {
  return {
    source: 'curated',
    sourceId: 'x',
    name: 'x',
    type: 'other',
    address: null,
    postalCode: null,
    city: null,
    departement: null,
    inseeCode: null,
    phone: null,
    website: null,
    email: null,
    publics: [],
    openingHours: null,
    status: 'open',
    latitude: 0,
    longitude: 0,
    positionApproximate: false,
    categoryCode: null,
    dataDate: null,
    sourceUrl: null,
  };
}
