// Great-circle distance on a sphere of the mean Earth radius (IUGG mean radius R1 = 6371.0088 km).
// Good to about 0.5 % against the ellipsoid: far below the error of commune-centre points.
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

export interface LatLon {
  readonly latitude: number;
  readonly longitude: number;
}

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, in km. */
export function haversineKm(from: LatLon, to: LatLon): number {
  const dLat = toRadians(to.latitude - from.latitude);
  const dLon = toRadians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A distance as the directory shows it: to the nearest 100 m (server results and offline search alike). */
export function displayedKm(km: number): number {
  return Math.round(km * 10) / 10;
}
