/*
 * Orientation ranking, shared by the server search and the PWA's offline search so both order alike. Distance
 * stays the rule, but a structure that declared it takes no new people for now is ranked as if it were 10 km
 * and 50 % farther (whichever is more): a person gets the nearest place that can see them first, and still
 * sees the saturated one, flagged (they may already be followed there, or call it for advice). Beyond that band
 * distance wins again: travelling much farther is a barrier of its own. See docs/architecture.md.
 */

export const NOT_ACCEPTING_EXTRA_KM = 10;
export const NOT_ACCEPTING_DISTANCE_FACTOR = 1.5;

/** The distance a structure is ranked by (km): its real distance, or more when it takes no new people. */
export function orientationDistanceKm(distanceKm: number, acceptingNewPeople: boolean | null): number {
  if (acceptingNewPeople !== false) return distanceKm;
  return Math.max(distanceKm + NOT_ACCEPTING_EXTRA_KM, distanceKm * NOT_ACCEPTING_DISTANCE_FACTOR);
}

/** What the order reads: the ranked distance, the real one, then the id (stable order for equal places). */
export interface OrientationCandidate {
  readonly id: string;
  readonly distanceKm: number;
  readonly acceptingNewPeople: boolean | null;
}

/** Sort comparator of the orientation order (negative when `a` comes first). */
export function compareForOrientation(a: OrientationCandidate, b: OrientationCandidate): number {
  return (
    orientationDistanceKm(a.distanceKm, a.acceptingNewPeople) -
      orientationDistanceKm(b.distanceKm, b.acceptingNewPeople) ||
    a.distanceKm - b.distanceKm ||
    a.id.localeCompare(b.id)
  );
}
