// The care-structure directory in the database, its source of truth: idempotent upserts (each changing import
// bumps the directory version), the open directory for the in-memory index (directory/directory-index.ts), and
// the nearest search in SQL — the reference the in-memory search is tested against.
import { compareForOrientation, displayedKm, haversineKm, orientationDistanceKm } from '@oz/core';
import type { LatLon } from '@oz/core';
import { randomUUID } from 'node:crypto';
import type { Public, Structure, StructureType, StructureWithDistance } from '@oz/contracts';
import type { Kysely } from 'kysely';
import type { StructureRecord } from '../../directory/structure-record.js';
import { KM_PER_DEGREE_LATITUDE, SEARCH_RADII_KM } from '../../geo/search-radii.js';
import type { Database } from '../schema.js';
import { bumpDirectoryVersion, readDirectoryVersion } from './directory-version.js';
import { contentOf, latBandOf, sameContent, structureOfRow } from './structure-rows.js';
import type { DirectoryRow } from './structure-rows.js';

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

const UPSERT_CHUNK = 200;

const SERVES_COLUMN = {
  adults: 'structures.serves_adults',
  young: 'structures.serves_young',
  entourage: 'structures.serves_entourage',
} as const;

export class StructuresRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Upserts by (source, source id) and logs the import, in one transaction: all or nothing. */
  async importRecords(records: readonly StructureRecord[], log: ImportLog, now: Date): Promise<UpsertCounts> {
    return this.db.transaction().execute(async (transaction) => {
      const counts = await upsert(transaction, records, now.toISOString());
      if (counts.inserted + counts.updated > 0) await bumpDirectoryVersion(transaction);
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
    const row = await this.openDirectory().where('structures.id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : structureOfRow(row);
  }

  async listOpen(): Promise<Structure[]> {
    const rows = await this.openDirectory().orderBy('structures.id').execute();
    return rows.map(structureOfRow);
  }

  /** One page of `listOpen`: ids after `afterId` (keyset pagination, so pages never overlap or skip). */
  async listOpenPage(afterId: string | undefined, limit: number): Promise<Structure[]> {
    let builder = this.openDirectory();
    if (afterId !== undefined) builder = builder.where('structures.id', '>', afterId);
    const rows = await builder.orderBy('structures.id').limit(limit).execute();
    return rows.map(structureOfRow);
  }

  /** Incremented by every change to the directory (ADR 0006): a one-row read. */
  async directoryVersion(): Promise<number> {
    return readDirectoryVersion(this.db);
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
      // Whatever lies outside the circle ranks farther than its radius: the first `limit` are final.
      const last = ranked[query.limit - 1];
      if (last !== undefined && last.rankKm <= radiusKm) return resultsOf(ranked, query.limit);
    }
    return resultsOf(rank(await this.filtered(query).execute(), query.center), query.limit);
  }

  /** Open structures with what those on Oz declare (see `DirectoryRow`). */
  private openDirectory() {
    return this.db
      .selectFrom('structures')
      .leftJoin('structure_profiles', 'structure_profiles.structure_id', 'structures.id')
      .selectAll('structures')
      .select([
        'structure_profiles.publics as declared_publics',
        'structure_profiles.opening_hours as declared_opening_hours',
        'structure_profiles.wait_time_days',
        'structure_profiles.accepting_new_people',
        'structure_profiles.updated_at as declared_at',
      ])
      .where('structures.status', '=', 'open');
  }

  private filtered(query: NearestQuery) {
    let builder = this.openDirectory();
    if (query.types !== undefined && query.types.length > 0)
      builder = builder.where('structures.type', 'in', [...query.types]);
    const served = query.publicServed;
    if (served !== undefined) {
      // Declared publics (`adults,young`: no value is part of another) replace the imported flags.
      builder = builder.where((eb) =>
        eb.or([
          eb.and([
            eb.or([eb('structure_profiles.publics', 'is', null), eb('structure_profiles.publics', '=', '')]),
            eb(SERVES_COLUMN[served], '=', 1),
          ]),
          eb('structure_profiles.publics', 'like', `%${served}%`),
        ]),
      );
    }
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

interface Ranked {
  structure: Structure;
  distanceKm: number;
  /** What the order follows: the distance, lengthened for structures taking no new people. */
  rankKm: number;
}

/** Orientation order (`compareForOrientation` in @oz/core, the PWA's offline search uses it too). */
function rank(rows: readonly DirectoryRow[], center: LatLon): Ranked[] {
  return rows
    .map((row) => {
      const structure = structureOfRow(row);
      const distanceKm = haversineKm(center, row);
      return {
        structure,
        distanceKm,
        rankKm: orientationDistanceKm(distanceKm, structure.acceptingNewPeople),
      };
    })
    .sort((a, b) =>
      compareForOrientation(
        { id: a.structure.id, distanceKm: a.distanceKm, acceptingNewPeople: a.structure.acceptingNewPeople },
        { id: b.structure.id, distanceKm: b.distanceKm, acceptingNewPeople: b.structure.acceptingNewPeople },
      ),
    );
}

function resultsOf(ranked: readonly Ranked[], limit: number): StructureWithDistance[] {
  return ranked
    .slice(0, limit)
    .map(({ structure, distanceKm }) => ({ ...structure, distanceKm: displayedKm(distanceKm) }));
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
