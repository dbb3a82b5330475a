import { compareForOrientation, displayedKm, haversineKm, type LatLon } from '@oz/core';
import type { Public, Structure, StructureType, StructureWithDistance } from '@oz/contracts';

/*
 * Offline search over the cached snapshot: the same distance and order as the server (@oz/core's haversineKm,
 * compareForOrientation and displayedKm), so results do not jump when the connection comes back.
 */

export type Point = LatLon;

export interface NearestOptions {
  readonly types?: readonly StructureType[] | undefined;
  readonly publicServed?: Public | undefined;
  readonly limit: number;
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
    .map((structure) => ({
      structure,
      id: structure.id,
      distanceKm: haversineKm(center, structure),
      acceptingNewPeople: structure.acceptingNewPeople,
    }))
    .sort(compareForOrientation)
    .slice(0, options.limit)
    .map(({ structure, distanceKm }) => ({ ...structure, distanceKm: displayedKm(distanceKm) }));
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
