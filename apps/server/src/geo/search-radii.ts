// The widening boxes of the SQL nearest-structure search (ADR 0002): a box around the circle of each radius in
// turn, until `limit` results lie inside the circle; past the last radius, everything is ranked.
import { EARTH_MEAN_RADIUS_KM } from '@oz/core';

export const SEARCH_RADII_KM = [10, 30, 100, 300, 1000] as const;

/** On the sphere haversineKm uses: a box drawn with a rounder figure could miss points just inside the circle. */
export const KM_PER_DEGREE_LATITUDE = (Math.PI * EARTH_MEAN_RADIUS_KM) / 180;
