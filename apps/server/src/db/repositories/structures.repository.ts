// The care-structure directory in the database: idempotent upserts, nearest search, snapshot and coverage.
import { randomUUID } from 'node:crypto';
import type { Coverage, Public, Structure, StructureType, StructureWithDistance } from '@oz/contracts';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { StructureRecord } from '../../directory/structure-record.js';
import { DEPARTEMENT_NAMES } from '../../geo/departements.js';
import { haversineKm } from '../../geo/haversine.js';
import type { LatLon } from '../../geo/haversine.js';
import type { Database, StructuresTable } from '../schema.js';
import { contentOf, latBandOf, sameContent, structureOfRow } from './structure-rows.js';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportLog {
  source: string;
  format: string;
  fileName: string;
  dataDate: string | null;
  rejected: number;
}

export interface NearestQuery {
  center: LatLon;
  types?: readonly StructureType[] | undefined;
  publicServed?: Public | undefined;
  limit: number;
}

/**
 * Search radii, km: the bounding box widens until `limit` structures lie within the inscribed circle, so the
 * exact haversine ranking is correct; past the last radius the whole (filtered) table is ranked.
 */
const SEARCH_RADII_KM = [10, 30, 100, 300, 1000] as const;
const KM_PER_DEGREE_LATITUDE = 111.2;
const UPSERT_CHUNK = 200;

export class StructuresRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Upserts by (source, source id) and logs the import, in one transaction: all or nothing. */
  async importRecords(records: readonly StructureRecord[], log: ImportLog, now: Date): Promise<UpsertCounts> {
    return this.db.transaction().execute(async (transaction) => {
      const counts = await upsert(transaction, records, now.toISOString());
      await transaction
        .insertInto('structure_imports')
        .values({
          id: randomUUID(),
          source: log.source,
          format: log.format,
          file_name: log.fileName,
          data_date: log.dataDate,
          rejected: log.rejected,
          ...counts,
          imported_at: now.toISOString(),
        })
        .execute();
      return counts;
    });
  }

  async countImports(): Promise<number> {
    const row = await this.db
      .selectFrom('structure_imports')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async findOpenById(id: string): Promise<Structure | undefined> {
    const row = await this.db
      .selectFrom('structures')
      .selectAll()
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return row === undefined ? undefined : structureOfRow(row);
  }

  async listOpen(): Promise<Structure[]> {
    const rows = await this.db
      .selectFrom('structures')
      .selectAll()
      .where('status', '=', 'open')
      .orderBy('id')
      .execute();
    return rows.map(structureOfRow);
  }

  /** Changes whenever an open structure is added, changed or closed: the snapshot's cache key. */
  async versionStamp(): Promise<string> {
    const row = await this.db
      .selectFrom('structures')
      .select((eb) => [eb.fn.countAll().as('count'), eb.fn.max('updated_at').as('latest')])
      .executeTakeFirstOrThrow();
    return `${Number(row.count)}:${row.latest ?? ''}`;
  }

  async findNearest(query: NearestQuery): Promise<StructureWithDistance[]> {
    for (const radiusKm of SEARCH_RADII_KM) {
      const box = boundingBox(query.center, radiusKm);
      let builder = this.filtered(query)
        .where('lat_band', 'in', box.bands)
        .where('latitude', '>=', box.south)
        .where('latitude', '<=', box.north);
      if (box.west !== undefined && box.east !== undefined) {
        builder = builder.where('longitude', '>=', box.west).where('longitude', '<=', box.east);
      }
      const ranked = rank(await builder.execute(), query.center);
      const last = ranked[query.limit - 1];
      if (last !== undefined && last.distanceKm <= radiusKm) return ranked.slice(0, query.limit);
    }
    return rank(await this.filtered(query).execute(), query.center).slice(0, query.limit);
  }

  async coverage(): Promise<Coverage> {
    const byDepartement = await this.db
      .selectFrom('structures')
      .select((eb) => ['departement', eb.fn.countAll().as('count')])
      .where('status', '=', 'open')
      .groupBy('departement')
      .orderBy('departement')
      .execute();
    const bySource = await this.db
      .selectFrom('structures')
      .select((eb) => [
        'source',
        eb.fn.countAll().as('count'),
        eb.fn.min('data_date').as('oldest'),
        eb.fn.max('data_date').as('newest'),
      ])
      .where('status', '=', 'open')
      .groupBy('source')
      .orderBy('source')
      .execute();
    return {
      totalStructures: byDepartement.reduce((sum, row) => sum + Number(row.count), 0),
      departements: byDepartement.map((row) => ({
        code: row.departement ?? '',
        name: DEPARTEMENT_NAMES[row.departement ?? ''] ?? 'Unknown',
        structures: Number(row.count),
      })),
      sources: bySource.map((row) => ({
        source: row.source === 'finess' ? 'finess' : 'curated',
        structures: Number(row.count),
        oldestDataDate: row.oldest ?? null,
        newestDataDate: row.newest ?? null,
      })),
    };
  }

  private filtered(query: NearestQuery): SelectQueryBuilder<Database, 'structures', StructuresTable> {
    let builder = this.db.selectFrom('structures').selectAll().where('status', '=', 'open');
    if (query.types !== undefined && query.types.length > 0)
      builder = builder.where('type', 'in', [...query.types]);
    if (query.publicServed === 'adults') builder = builder.where('serves_adults', '=', 1);
    if (query.publicServed === 'young') builder = builder.where('serves_young', '=', 1);
    if (query.publicServed === 'entourage') builder = builder.where('serves_entourage', '=', 1);
    return builder;
  }
}

interface BoundingBox {
  bands: number[];
  south: number;
  north: number;
  /** Absent when the box would cross the antimeridian: then only latitude bounds apply. */
  west?: number;
  east?: number;
}

/** The latitude bands and bounds of a box around the circle of `radiusKm` (the index walks only these rows). */
function boundingBox(center: LatLon, radiusKm: number): BoundingBox {
  const dLat = radiusKm / KM_PER_DEGREE_LATITUDE;
  const [south, north] = [center.latitude - dLat, center.latitude + dLat];
  const bands: number[] = [];
  for (let band = latBandOf(south); band <= latBandOf(north); band += 1) bands.push(band);
  const widestLatitude = Math.min(89.9, Math.max(Math.abs(south), Math.abs(north)));
  const dLon = radiusKm / (KM_PER_DEGREE_LATITUDE * Math.cos((widestLatitude * Math.PI) / 180));
  const [west, east] = [center.longitude - dLon, center.longitude + dLon];
  return west > -180 && east < 180 ? { bands, south, north, west, east } : { bands, south, north };
}

function rank(rows: readonly StructuresTable[], center: LatLon): StructureWithDistance[] {
  return rows
    .map((row) => ({ row, distance: haversineKm(center, row) }))
    .sort((a, b) => a.distance - b.distance || a.row.id.localeCompare(b.row.id))
    .map(({ row, distance }) => ({ ...structureOfRow(row), distanceKm: Math.round(distance * 10) / 10 }));
}

async function upsert(
  db: Kysely<Database>,
  records: readonly StructureRecord[],
  now: string,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const unique = new Map(records.map((record) => [contentOf(record).id, contentOf(record)]));
  const contents = [...unique.values()];
  for (let start = 0; start < contents.length; start += UPSERT_CHUNK) {
    const chunk = contents.slice(start, start + UPSERT_CHUNK);
    const existing = await db
      .selectFrom('structures')
      .selectAll()
      .where(
        'id',
        'in',
        chunk.map((content) => content.id),
      )
      .execute();
    const stored = new Map(existing.map((row) => [row.id, row]));
    const inserts = chunk.filter((content) => !stored.has(content.id));
    if (inserts.length > 0) {
      await db
        .insertInto('structures')
        .values(inserts.map((content) => ({ ...content, created_at: now, updated_at: now })))
        .execute();
      counts.inserted += inserts.length;
    }
    for (const content of chunk) {
      const previous = stored.get(content.id);
      if (previous === undefined) continue;
      if (sameContent(previous, content)) {
        counts.unchanged += 1;
      } else {
        await db
          .updateTable('structures')
          .set({ ...content, updated_at: now })
          .where('id', '=', content.id)
          .execute();
        counts.updated += 1;
      }
    }
  }
  return counts;
}
