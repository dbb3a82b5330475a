import { orientationDistanceKm } from '@oz/contracts';
import type { Public, Structure, StructureType, StructureWithDistance } from '@oz/contracts';

/*
 * Offline search over the cached snapshot: the same ranking as the server (great-circle distance, mean Earth
 * radius, rounded to 0.1 km; places taking no new people after accepting ones at a similar distance, by
 * `orientationDistanceKm`; ties by distance then id), so results do not jump when the connection comes back.
 */
const EARTH_MEAN_RADIUS_KM = 6371.0088;

export interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

export interface NearestOptions {
  readonly types?: readonly StructureType[] | undefined;
  readonly publicServed?: Public | undefined;
  readonly limit: number;
}

export function distanceKm(from: Point, to: Point): number {
  const radians = (degrees: number): number => (degrees * Math.PI) / 180;
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function nearestStructures(
  structures: readonly Structure[],
  center: Point,
  options: NearestOptions,
): StructureWithDistance[] {
  return structures
    .filter(
      (structure) =>
        options.types === undefined || options.types.length === 0 || options.types.includes(structure.type),
    )
    .filter(
      (structure) => options.publicServed === undefined || structure.publics.includes(options.publicServed),
    )
    .map((structure) => {
      const distance = distanceKm(center, structure);
      return { structure, distance, rank: orientationDistanceKm(distance, structure.acceptingNewPeople) };
    })
    .sort(
      (a, b) => a.rank - b.rank || a.distance - b.distance || a.structure.id.localeCompare(b.structure.id),
    )
    .slice(0, options.limit)
    .map(({ structure, distance }) => ({ ...structure, distanceKm: Math.round(distance * 10) / 10 }));
}

/** Which kinds of place answer a suggestion of the pathway (`/aide?type=…`). */
export function typesForSuggestion(suggested: StructureType): StructureType[] {
  switch (suggested) {
    case 'cjc':
      // Few CJC are listed on their own, and every CSAPA can direct a young person to its CJC.
      return ['cjc', 'csapa'];
    case 'hospital':
      return ['hospital', 'csapa'];
    case 'elsa':
      return ['elsa', 'hospital'];
    case 'caarud':
      return ['caarud', 'csapa'];
    default:
      return [suggested];
  }
}
