// Great-circle distance on a sphere of the mean Earth radius (IUGG mean radius R1 = 6371.0088 km).
// Good to about 0.5 % against the ellipsoid: far below the error of commune-centre points.
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

export interface LatLon {
  readonly latitude: number;
  readonly longitude: number;
}

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** cos(latitude), the factor `haversineFromCosines` takes precomputed (the server's index keeps one per point). */
export function cosOfLatitude(latitude: number): number {
  return Math.cos(toRadians(latitude));
}

/** Great-circle distance between two points, in km. */
export function haversineKm(from: LatLon, to: LatLon): number {
  return haversineFromCosines(
    from.latitude,
    from.longitude,
    cosOfLatitude(from.latitude),
    to.latitude,
    to.longitude,
    cosOfLatitude(to.latitude),
  );
}

/** haversineKm with both cos(latitude) given: the very same arithmetic, so the very same result. */
export function haversineFromCosines(
  fromLatitude: number,
  fromLongitude: number,
  fromCos: number,
  toLatitude: number,
  toLongitude: number,
  toCos: number,
): number {
  const dLat = toRadians(toLatitude - fromLatitude);
  const dLon = toRadians(toLongitude - fromLongitude);
  const a = Math.sin(dLat / 2) ** 2 + fromCos * toCos * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A lower bound of the distance from a point to anything at least `degrees` of longitude east or west of it
 * (up to 90°): the distance to that meridian's great circle, asin(cos φ · sin Δλ) · R.
 */
export function kmToMeridianOffset(latitudeCos: number, degrees: number): number {
  return EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, latitudeCos * Math.sin(toRadians(degrees))));
}

/** A distance as the directory shows it: to the nearest 100 m (server results and offline search alike). */
export function displayedKm(km: number): number {
  return Math.round(km * 10) / 10;
}
