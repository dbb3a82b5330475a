// The grid search against the plainest possible reference: rank every structure and sort. Many random
// directories (clusters, shared points, structures taking no new people, filters), from around mainland France
// to the antimeridian and the poles, where the search must fall back to ranking everything.
import { PUBLICS, STRUCTURE_TYPES } from '@oz/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosOfLatitude, haversineKm, orientationDistanceKm } from '@oz/core';
import type { LatLon } from '@oz/core';
import { arrangeByCell, cellGapKm, hitsOf, nearestHits } from './nearest-search.js';
import type { SearchColumns, SearchFilter } from './nearest-search.js';

interface Entry {
  point: LatLon;
  typeBits: number;
  publicBits: number;
  accepting: boolean | null;
}

const regionArb = fc.constantFrom(
  { latitude: 47, longitude: 2, spread: 4 },
  { latitude: 48.85, longitude: 2.35, spread: 0.4 },
  { latitude: -21, longitude: 55.5, spread: 0.5 },
  { latitude: -14, longitude: 179.5, spread: 1.5 },
  { latitude: 88.5, longitude: 0, spread: 1.2 },
);

const pointArb = regionArb.chain((region) =>
  fc.record({
    latitude: fc.double({
      min: region.latitude - region.spread,
      max: region.latitude + region.spread,
      noNaN: true,
    }),
    longitude: fc
      .double({ min: region.longitude - region.spread, max: region.longitude + region.spread, noNaN: true })
      .map((longitude) => (longitude > 180 ? longitude - 360 : longitude)),
  }),
);

const entryArb: fc.Arbitrary<Entry> = fc.record({
  point: pointArb,
  typeBits: fc.integer({ min: 0, max: STRUCTURE_TYPES.length - 1 }).map((index) => 1 << index),
  publicBits: fc.integer({ min: 0, max: (1 << PUBLICS.length) - 1 }),
  accepting: fc.constantFrom(true, false, null),
});

const filterArb: fc.Arbitrary<SearchFilter> = fc.record({
  typeMask: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: (1 << STRUCTURE_TYPES.length) - 1 })),
  publicMask: fc.oneof(fc.constant(0), fc.constantFrom(1, 2, 4)),
  limit: fc.integer({ min: 1, max: 30 }),
});

function columnsOf(entries: readonly Entry[]): SearchColumns {
  const latitudes = Float64Array.from(entries, (entry) => entry.point.latitude);
  return {
    size: entries.length,
    ids: entries.map((_, index) => `curated-${index % 7}-${index}`),
    latitudes,
    longitudes: Float64Array.from(entries, (entry) => entry.point.longitude),
    cosLatitudes: latitudes.map(cosOfLatitude),
    typeBits: Uint8Array.from(entries, (entry) => entry.typeBits),
    publicBits: Uint8Array.from(entries, (entry) => entry.publicBits),
    acceptingNewPeople: entries.map((entry) => entry.accepting),
  };
}

/** Ranks every structure of the (arranged) columns and sorts. */
function bruteForce(columns: SearchColumns, center: LatLon, filter: SearchFilter) {
  return Array.from(columns.latitudes, (latitude, position) => {
    const point = { latitude, longitude: columns.longitudes[position] ?? 0 };
    const distanceKm = haversineKm(center, point);
    const accepting = columns.acceptingNewPeople[position] ?? null;
    return { position, distanceKm, rankKm: orientationDistanceKm(distanceKm, accepting) };
  })
    .filter(
      ({ position }) =>
        (filter.typeMask === 0 || ((columns.typeBits[position] ?? 0) & filter.typeMask) !== 0) &&
        (filter.publicMask === 0 || ((columns.publicBits[position] ?? 0) & filter.publicMask) !== 0),
    )
    .sort(
      (a, b) =>
        a.rankKm - b.rankKm ||
        a.distanceKm - b.distanceKm ||
        (columns.ids[a.position] ?? '').localeCompare(columns.ids[b.position] ?? ''),
    )
    .slice(0, filter.limit);
}

describe('nearestHits', () => {
  it('finds exactly what ranking every structure finds', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 400, size: 'max' }),
        fc.array(fc.tuple(fc.oneof(pointArb, fc.constant({ latitude: 48.85, longitude: 2.35 })), filterArb), {
          minLength: 1,
          maxLength: 5,
        }),
        (entries, queries) => {
          // Some structures share a point, and some searches start from a structure's own point: exact ties.
          const tied = entries.map((entry, index) =>
            index % 5 === 4 ? { ...entry, point: entries[index - 1]?.point ?? entry.point } : entry,
          );
          const arranged = arrangeByCell(columnsOf(tied));
          for (const [center, filter] of queries) {
            const from = tied[0]?.point ?? center;
            for (const point of [center, from]) {
              expect(hitsOf(nearestHits(arranged, point, filter))).toEqual(
                bruteForce(arranged.columns, point, filter),
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers nothing for a limit of zero or an empty directory', () => {
    const arranged = arrangeByCell(columnsOf([]));
    const origin = { latitude: 0, longitude: 0 };
    expect(nearestHits(arranged, origin, { typeMask: 0, publicMask: 0, limit: 5 }).count).toBe(0);
    expect(nearestHits(arranged, origin, { typeMask: 0, publicMask: 0, limit: 0 }).count).toBe(0);
  });
});

describe('cellGapKm', () => {
  it('never exceeds the distance from the centre to a point of the cell', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.constantFrom(0.02, 0.1, 0.5, 2),
        fc.integer({ min: -6, max: 6 }),
        fc.integer({ min: -6, max: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (latitude, longitude, cellDegrees, dLat, dLon, northward, eastward) => {
          const center = { latitude, longitude };
          const [latCell, lonCell] = [
            Math.floor(latitude / cellDegrees) + dLat,
            Math.floor(longitude / cellDegrees) + dLon,
          ];
          // Cells beyond a pole hold nothing.
          fc.pre(latCell * cellDegrees >= -90 && (latCell + 1) * cellDegrees <= 90);
          const point = {
            latitude: (latCell + northward) * cellDegrees,
            longitude: (lonCell + eastward) * cellDegrees,
          };
          const gap = cellGapKm(center, cosOfLatitude(latitude), cellDegrees, latCell, lonCell);
          expect(gap).toBeLessThanOrEqual(haversineKm(center, point));
          if (dLat === 0 && dLon === 0) expect(gap).toBe(0);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
