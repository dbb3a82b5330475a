// The widening boxes of the nearest-structure search, shared by the SQL search and the in-memory index so both
// visit the same rings (ADR 0002): a box around the circle of each radius in turn, until `limit` results lie
// inside the circle; past the last radius, everything is ranked.
import { EARTH_MEAN_RADIUS_KM } from './haversine.js';

export const SEARCH_RADII_KM = [10, 30, 100, 300, 1000] as const;

/** On the sphere haversineKm uses: a box drawn with a rounder figure could miss points just inside the circle. */
export const KM_PER_DEGREE_LATITUDE = (Math.PI * EARTH_MEAN_RADIUS_KM) / 180;
