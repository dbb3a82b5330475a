// Exact k-nearest search over a grid of cells (ADR 0006). Rings of cells are visited outwards from the
// searched point; after each ring, a lower bound of the distance to anything not yet visited (to the nearest
// edge of the visited box: a parallel, or a meridian's great circle) decides whether the `limit` best so far
// are final — every structure's rank is at least its distance. The order is the SQL search's
// (StructuresRepository.findNearest): rank (orientationDistanceKm), then distance, then id.
import { EARTH_MEAN_RADIUS_KM, kmToMeridianOffset } from '@oz/core';
import type { LatLon } from '@oz/core';
import { KM_PER_DEGREE_LATITUDE } from '../geo/search-radii.js';
import { CellTable } from './cell-table.js';
import { Search, searchRecords } from './search-records.js';
import type { SearchFilter } from './search-records.js';
import type { HitList } from './top-hits.js';

export type { HitList } from './top-hits.js';
export type { SearchFilter } from './search-records.js';

/** Covers the rounding of cell numbers: a point may sit a hair outside its cell's nominal edges. */
const EDGE_EPSILON_DEGREES = 1e-9;
/**
 * Cells per row of the key space (longitudes −180…180 at the finest size), offset to stay positive: keys stay
 * below 2^30, within a 32-bit integer (CellTable).
 */
const KEY_ROW = 1 << 15;
const KEY_OFFSET = 1 << 14;
/**
 * Structures per cell aimed at: a search for 20 then looks at the 25 cells around the point and reads some 49
 * structures, the farthest cells skipped (callgrind, issue 13: with 6 per cell it read 93 on average and replaced
 * more hits; 2 per cell saves another 1 % but doubles the cells a filtered search visits).
 */
const TARGET_PER_CELL = 3;
const FINEST_CELL_DEGREES = 0.02;
const COARSEST_CELL_DEGREES = 2;

export interface DirectoryHit {
  /** Position of the structure in the index. */
  position: number;
  /** Real great-circle distance, km (full precision). */
  distanceKm: number;
  /** What the order follows: the distance, lengthened for structures taking no new people. */
  rankKm: number;
}

/** The columns the search reads, one entry per structure (DirectoryIndex owns them). */
export interface SearchColumns {
  readonly size: number;
  readonly ids: readonly string[];
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  readonly cosLatitudes: Float64Array;
  readonly typeBits: Uint8Array;
  readonly publicBits: Uint8Array;
  readonly acceptingNewPeople: readonly (boolean | null)[];
}

/**
 * The structures in square cells of `cellDegrees`, sized to the directory's density where it has structures at
 * all (a few per cell, whether the directory holds 3 000 or 300 000). Structures are stored cell by cell
 * (`order`), so a cell is a contiguous range of positions and a search reads memory in sequence.
 */
export class PointGrid {
  readonly cellDegrees: number;
  /** `order[position]` = the input position of the structure stored at `position`. */
  readonly order: Int32Array;
  /** Each cell's positions, by cell key. */
  readonly cells: CellTable;

  constructor(latitudes: Float64Array, longitudes: Float64Array) {
    this.cellDegrees = cellSizeFor(latitudes, longitudes);
    const lists = new Map<number, number[]>();
    latitudes.forEach((latitude, position) => {
      const key = keyOf(this.cellOf(latitude), this.cellOf(longitudes[position] ?? 0));
      const list = lists.get(key);
      if (list === undefined) lists.set(key, [position]);
      else list.push(position);
    });
    this.order = new Int32Array(latitudes.length);
    this.cells = new CellTable(lists.size);
    let next = 0;
    // Cells in key order, row after row: the cells of a row that a search reads lie side by side in memory.
    for (const [key, list] of [...lists].sort(([a], [b]) => a - b)) {
      const start = next;
      for (const position of list) this.order[next++] = position;
      this.cells.set(key, start, next);
    }
  }

  cellOf(degrees: number): number {
    return Math.floor(degrees / this.cellDegrees);
  }

  /** The cell's entry in `cells` (its positions: cells.startOf, cells.endOf), or undefined when it is empty. */
  cellAt(latCell: number, lonCell: number): number | undefined {
    return this.cells.find(keyOf(latCell, lonCell));
  }
}

const keyOf = (latCell: number, lonCell: number): number =>
  (latCell + KEY_OFFSET) * KEY_ROW + lonCell + KEY_OFFSET;

/** √(area per structure × target), the area being the 1° squares that hold at least one structure. */
function cellSizeFor(latitudes: Float64Array, longitudes: Float64Array): number {
  const occupied = new Set<number>();
  latitudes.forEach((latitude, position) =>
    occupied.add(keyOf(Math.floor(latitude), Math.floor(longitudes[position] ?? 0))),
  );
  if (occupied.size === 0) return COARSEST_CELL_DEGREES;
  const size = Math.sqrt((occupied.size * TARGET_PER_CELL) / latitudes.length);
  return Math.min(COARSEST_CELL_DEGREES, Math.max(FINEST_CELL_DEGREES, size));
}

/** Columns stored cell by cell, with their grid: what `nearestHits` searches. */
export interface ArrangedColumns {
  grid: PointGrid;
  columns: SearchColumns;
  /** What a search reads of each structure, one record each (search-records.ts). */
  records: Float64Array;
  /** Each structure's place in the order of ids (`localeCompare`, the order ties take in SQL). */
  idOrder: Int32Array;
  /** `order[position]` = the input position of the structure now at `position`. */
  order: Int32Array;
}

/** Arranges the input columns cell by cell (positions in the result refer to the arranged columns). */
export function arrangeByCell(input: SearchColumns): ArrangedColumns {
  const grid = new PointGrid(input.latitudes, input.longitudes);
  const { order } = grid;
  const records = searchRecords(input.size, (position) => {
    const inputPosition = order[position] ?? 0;
    return {
      latitude: input.latitudes[inputPosition] ?? 0,
      longitude: input.longitudes[inputPosition] ?? 0,
      cosLatitude: input.cosLatitudes[inputPosition] ?? 0,
      typeBits: input.typeBits[inputPosition] ?? 0,
      publicBits: input.publicBits[inputPosition] ?? 0,
      acceptingNewPeople: input.acceptingNewPeople[inputPosition] ?? null,
    };
  });
  const ids = permuted(input.ids, order);
  return {
    grid,
    order,
    records,
    idOrder: orderOf(ids),
    columns: {
      size: input.size,
      ids,
      latitudes: input.latitudes.map((_, position) => input.latitudes[order[position] ?? 0] ?? 0),
      longitudes: input.longitudes.map((_, position) => input.longitudes[order[position] ?? 0] ?? 0),
      cosLatitudes: input.cosLatitudes.map((_, position) => input.cosLatitudes[order[position] ?? 0] ?? 0),
      typeBits: input.typeBits.map((_, position) => input.typeBits[order[position] ?? 0] ?? 0),
      publicBits: input.publicBits.map((_, position) => input.publicBits[order[position] ?? 0] ?? 0),
      acceptingNewPeople: permuted(input.acceptingNewPeople, order),
    },
  };
}

/** Each entry's place once sorted as `localeCompare` sorts (the collator it uses, built once). */
function orderOf(ids: readonly string[]): Int32Array {
  const { compare } = new Intl.Collator();
  const sorted = Array.from(ids.keys()).sort((a, b) => compare(ids[a] ?? '', ids[b] ?? ''));
  const ranks = new Int32Array(ids.length);
  sorted.forEach((position, rank) => (ranks[position] = rank));
  return ranks;
}

/** `column` read in `order` (`order[i]` = the input position to put at position i). */
export function permuted<T>(column: readonly T[], order: Int32Array): T[] {
  const result: T[] = [];
  for (const position of order) {
    const value = column[position];
    if (value === undefined) throw new RangeError(`no entry ${position} in a column of ${column.length}`);
    result.push(value);
  }
  return result;
}

/** The hits of a list as objects (tests, and callers that keep them past the next search). */
export function hitsOf(list: HitList): DirectoryHit[] {
  return Array.from({ length: list.count }, (_, index) => ({
    position: list.positions[index] ?? 0,
    distanceKm: list.distancesKm[index] ?? 0,
    rankKm: list.ranksKm[index] ?? 0,
  }));
}

const NO_HITS: HitList = {
  count: 0,
  positions: new Int32Array(0),
  distancesKm: new Float64Array(0),
  ranksKm: new Float64Array(0),
};

export function nearestHits(arranged: ArrangedColumns, place: LatLon, filter: SearchFilter): HitList {
  if (filter.limit <= 0) return NO_HITS;
  const { columns, grid } = arranged;
  // The centre as an object of one shape, whatever the caller passed (a position, a commune, a postal code:
  // places of several shapes): the loops below read it on every cell, and V8 reads a property of objects of
  // many shapes through a slower, generic path.
  const center: LatLon = { latitude: place.latitude, longitude: place.longitude };
  const search = new Search(arranged.records, arranged.idOrder, center, filter);
  const [latCell, lonCell] = [grid.cellOf(center.latitude), grid.cellOf(center.longitude)];
  for (let ring = 0; (2 * ring + 1) ** 2 <= columns.size + 64; ring += 1) {
    // The cells at Chebyshev distance `ring` from the centre cell: whole top and bottom rows, two per row between.
    for (let dLat = -ring; dLat <= ring; dLat += 1) {
      const step = dLat === -ring || dLat === ring ? 1 : 2 * ring;
      for (let dLon = -ring; dLon <= ring; dLon += step) {
        // A cell wholly farther than the worst hit kept holds nothing that could enter the list: a ring's corners
        // often are (callgrind, issue 13: a third fewer structures read per search). Told by arithmetic alone,
        // before the cell table is read.
        if (search.best.full) {
          const gap = cellGapKm(center, search.centerCos, grid.cellDegrees, latCell + dLat, lonCell + dLon);
          if (gap > search.best.worstRankKm()) continue;
        }
        const cell = grid.cellAt(latCell + dLat, lonCell + dLon);
        if (cell === undefined) continue;
        search.scan(grid.cells.startOf(cell), grid.cells.endOf(cell));
      }
    }
    const bound = unvisitedLowerBoundKm(center, search.centerCos, grid.cellDegrees, latCell, lonCell, ring);
    if (bound === undefined) break;
    if (search.best.full && search.best.worstRankKm() < bound) return search.best.sorted();
  }
  // Visiting more cells would cost more than ranking everything (few structures, a rare filter, a search far
  // from any structure, or near a pole or the antimeridian): rank them all.
  const everything = new Search(arranged.records, arranged.idOrder, center, filter);
  everything.scan(0, columns.size);
  return everything.best.sorted();
}

/**
 * A lower bound of the distance from the centre to anything in the cell (km), without trigonometry: the larger of
 * the gap in latitude (an arc of meridian) and the gap in longitude (the distance to a meridian's great circle,
 * asin(cos φ · sin Δλ) · R, bounded below by cos φ · (Δλ − Δλ³/6) · R since asin x ≥ x and sin x ≥ x − x³/6).
 * 0 for the centre's own row and column, and for a cell 90° of longitude away or more (no bound claimed).
 */
export function cellGapKm(
  center: LatLon,
  centerCos: number,
  cellDegrees: number,
  latCell: number,
  lonCell: number,
): number {
  const south = latCell * cellDegrees;
  const west = lonCell * cellDegrees;
  const latGap =
    Math.max(0, south - center.latitude, center.latitude - south - cellDegrees) - EDGE_EPSILON_DEGREES;
  const lonGap =
    Math.max(0, west - center.longitude, center.longitude - west - cellDegrees) - EDGE_EPSILON_DEGREES;
  const latKm = latGap * KM_PER_DEGREE_LATITUDE;
  if (lonGap <= 0 || lonGap + cellDegrees >= 90) return Math.max(0, latKm);
  const radians = (lonGap * Math.PI) / 180;
  // Cubed by hand: `** 3` calls pow().
  const lonKm = centerCos * (radians - (radians * radians * radians) / 6) * EARTH_MEAN_RADIUS_KM;
  return Math.max(0, latKm, lonKm);
}

/**
 * Nothing outside the visited box (rings 0…`ring`) lies nearer than this, km; undefined when the box reaches a
 * pole, the antimeridian or 90° of longitude, where these bounds no longer hold.
 */
function unvisitedLowerBoundKm(
  center: LatLon,
  centerCos: number,
  cellDegrees: number,
  latCell: number,
  lonCell: number,
  ring: number,
): number | undefined {
  const north = (latCell + ring + 1) * cellDegrees;
  const south = (latCell - ring) * cellDegrees;
  const east = (lonCell + ring + 1) * cellDegrees;
  const west = (lonCell - ring) * cellDegrees;
  if (north >= 90 || south <= -90 || east >= 180 || west <= -180) return undefined;
  const [eastGap, westGap] = [east - center.longitude, center.longitude - west];
  if (eastGap >= 90 || westGap >= 90) return undefined;
  return Math.min(
    (north - center.latitude - EDGE_EPSILON_DEGREES) * KM_PER_DEGREE_LATITUDE,
    (center.latitude - south - EDGE_EPSILON_DEGREES) * KM_PER_DEGREE_LATITUDE,
    kmToMeridianOffset(centerCos, eastGap - EDGE_EPSILON_DEGREES),
    kmToMeridianOffset(centerCos, westGap - EDGE_EPSILON_DEGREES),
  );
}
