// What a search reads of each structure, one record of 8 numbers (64 bytes, one cache line) per structure, stored
// cell by cell like the other columns (nearest-search.ts): a search reads ~25 cells, so ~25 short runs of memory
// instead of 25 runs in each of nine separate columns: searches spread over France at 300 k structures took
// 25.7 µs instead of 28.3 µs, search and answer bytes together (docs/reliability.md).
import { EARTH_MEAN_RADIUS_KM, cosOfLatitude, haversineFromCosines, orientationDistanceKm } from '@oz/core';
import type { LatLon } from '@oz/core';
import { TopHits } from './top-hits.js';

const RECORD = 8;
/** The position on the unit sphere (x towards 0° 0°, z towards the north pole): the pre-filter's dot product. */
const X = 0;
const Y = 1;
const Z = 2;
const LATITUDE = 3;
const LONGITUDE = 4;
const COS_LATITUDE = 5;
/** Type bits, and public bits shifted by 8. */
const FILTER_BITS = 6;
/** 1 when the structure declared it takes no new people (ranked farther), 0 otherwise. */
const NOT_ACCEPTING = 7;
const PUBLIC_SHIFT = 8;

/** One structure as the records hold it. */
export interface RecordedStructure {
  latitude: number;
  longitude: number;
  cosLatitude: number;
  typeBits: number;
  publicBits: number;
  acceptingNewPeople: boolean | null;
}

/** The records of `count` structures, `structureAt(position)` giving each in the order they are stored. */
export function searchRecords(
  count: number,
  structureAt: (position: number) => RecordedStructure,
): Float64Array {
  const records = new Float64Array(RECORD * count);
  for (let position = 0; position < count; position += 1) {
    const structure = structureAt(position);
    const [x, y, z] = unitVectorOf(structure.latitude, structure.longitude);
    records.set(
      [
        x,
        y,
        z,
        structure.latitude,
        structure.longitude,
        structure.cosLatitude,
        structure.typeBits | (structure.publicBits << PUBLIC_SHIFT),
        structure.acceptingNewPeople === false ? 1 : 0,
      ],
      RECORD * position,
    );
  }
  return records;
}

export interface SearchFilter {
  /** Bits of the wanted types; 0 = any type. */
  typeMask: number;
  /** Bit of the public served; 0 = any. */
  publicMask: number;
  limit: number;
}

/** One search's state: the centre, the filter and the best hits so far. */
export class Search {
  readonly centerCos: number;
  readonly best: TopHits;
  /** The centre on the unit sphere. */
  private readonly centerX: number;
  private readonly centerY: number;
  private readonly centerZ: number;
  /**
   * Below this dot product with the centre, a structure cannot enter the list: skipped (see skipDotBelow). A double
   * from the start (−∞, nothing skipped yet): a field first holding a small integer and then a double changes the
   * object's hidden class on the first search, and the optimised search code is thrown away (--trace-deopt).
   */
  private minimumDot = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly records: Float64Array,
    idOrder: Int32Array,
    private readonly center: LatLon,
    private readonly filter: SearchFilter,
  ) {
    this.centerCos = cosOfLatitude(center.latitude);
    [this.centerX, this.centerY, this.centerZ] = unitVectorOf(center.latitude, center.longitude);
    this.best = new TopHits(filter.limit, idOrder);
  }

  /**
   * Offers the structures at positions `start`…`end` (excluded). One loop with everything it reads in locals:
   * most structures are turned away by a mask or by the dot product, a few instructions each.
   */
  scan(start: number, end: number): void {
    const { records, centerX, centerY, centerZ, best, centerCos } = this;
    const { typeMask, publicMask } = this.filter;
    const shiftedPublicMask = publicMask << PUBLIC_SHIFT;
    const { latitude: centerLatitude, longitude: centerLongitude } = this.center;
    for (let position = start; position < end; position += 1) {
      const at = RECORD * position;
      const filterBits = records[at + FILTER_BITS] ?? 0;
      if (typeMask !== 0 && (filterBits & typeMask) === 0) continue;
      if (publicMask !== 0 && (filterBits & shiftedPublicMask) === 0) continue;
      // Every rank is at least the distance: once the list is full, a structure farther than the worst rank
      // cannot enter it. The dot product of unit vectors tells without trigonometry.
      const dot =
        (records[at + X] ?? 0) * centerX +
        (records[at + Y] ?? 0) * centerY +
        (records[at + Z] ?? 0) * centerZ;
      if (dot < this.minimumDot) continue;
      const distanceKm = haversineFromCosines(
        centerLatitude,
        centerLongitude,
        centerCos,
        records[at + LATITUDE] ?? 0,
        records[at + LONGITUDE] ?? 0,
        records[at + COS_LATITUDE] ?? 0,
      );
      // Taking new people or not saying rank alike (orientationDistanceKm): only a declared « no » is farther.
      const rankKm = orientationDistanceKm(distanceKm, records[at + NOT_ACCEPTING] === 1 ? false : null);
      if (best.offer(position, rankKm, distanceKm) && best.full)
        this.minimumDot = skipDotBelow(best.worstRankKm());
    }
  }
}

/**
 * A lower bound of the cosine of the angle `rankKm` spans on the sphere, lowered by a margin far above the rounding
 * of either computation (1e-9: a few metres at 10 km), so that nothing the haversine would rank in is skipped.
 * Below 0.1 rad (637 km), 1 − θ²/2 (never above cos θ, and within θ⁴/24 < 5e-6 of it) spares a call to cos on
 * every hit that enters the list.
 */
function skipDotBelow(rankKm: number): number {
  const angle = rankKm / EARTH_MEAN_RADIUS_KM;
  if (angle < 0.1) return 1 - (angle * angle) / 2 - 1e-9;
  return angle >= Math.PI ? Number.NEGATIVE_INFINITY : Math.cos(angle) - 1e-9;
}

/** A point on the unit sphere (x towards 0° 0°, z towards the north pole). */
function unitVectorOf(latitude: number, longitude: number): [number, number, number] {
  const [phi, lambda] = [(latitude * Math.PI) / 180, (longitude * Math.PI) / 180];
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}
