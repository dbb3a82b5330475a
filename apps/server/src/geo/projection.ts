// Projected FINESS coordinates → WGS84. Hand-coded inverse projections (no proj4 dependency):
// Lambert conformal conic 2SP (EPSG:2154) and transverse Mercator/UTM (overseas), both on GRS80, with the
// null datum shift FINESS's own data uses (see docs/reference/finess-format.md §3.3, control values
// in projection.test.ts). Formulas: J. P. Snyder, "Map Projections — A Working Manual", USGS PP 1395 (1987),
// eq. 15-1…15-11 (LCC) and 8-12…8-25 (TM inverse).
import type { LatLon } from '@oz/core';

const GRS80 = { a: 6378137, f: 1 / 298.257222101 };
const WGS84 = { a: 6378137, f: 1 / 298.257223563 };
type Ellipsoid = typeof GRS80;

export type ProjectedCrs =
  { kind: 'lambert93' } | { kind: 'utm'; zone: number; south: boolean; ellipsoid: 'GRS80' | 'WGS84' };

const rad = (degrees: number): number => (degrees * Math.PI) / 180;
const deg = (radians: number): number => (radians * 180) / Math.PI;
const eccentricity = ({ f }: Ellipsoid): number => Math.sqrt(2 * f - f * f);

export function toWgs84(x: number, y: number, crs: ProjectedCrs): LatLon {
  if (crs.kind === 'lambert93') return inverseLambert93(x, y);
  return inverseUtm(x, y, crs.zone, crs.south, crs.ellipsoid === 'WGS84' ? WGS84 : GRS80);
}

function inverseLambert93(x: number, y: number): LatLon {
  const e = eccentricity(GRS80);
  const m = (phi: number): number => Math.cos(phi) / Math.sqrt(1 - (e * Math.sin(phi)) ** 2);
  const t = (phi: number): number =>
    Math.tan(Math.PI / 4 - phi / 2) / ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2);
  const [phi1, phi2, phi0, lambda0] = [rad(49), rad(44), rad(46.5), rad(3)];
  const n = (Math.log(m(phi1)) - Math.log(m(phi2))) / (Math.log(t(phi1)) - Math.log(t(phi2)));
  const bigF = m(phi1) / (n * t(phi1) ** n);
  const rho0 = GRS80.a * bigF * t(phi0) ** n;
  const dx = x - 700000;
  const dy = rho0 - (y - 6600000);
  const rho = Math.sign(n) * Math.hypot(dx, dy);
  const tp = (rho / (GRS80.a * bigF)) ** (1 / n);
  const theta = Math.atan2(dx, dy);
  let phi = Math.PI / 2 - 2 * Math.atan(tp);
  for (let iteration = 0; iteration < 12; iteration += 1) {
    const sin = e * Math.sin(phi);
    phi = Math.PI / 2 - 2 * Math.atan(tp * ((1 - sin) / (1 + sin)) ** (e / 2));
  }
  return { latitude: deg(phi), longitude: deg(theta / n + lambda0) };
}

function inverseUtm(x: number, y: number, zone: number, south: boolean, ellipsoid: Ellipsoid): LatLon {
  const k0 = 0.9996;
  const { a } = ellipsoid;
  const e2 = eccentricity(ellipsoid) ** 2;
  const ep2 = e2 / (1 - e2);
  const mu = (south ? y - 10000000 : y) / k0 / (a * (1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256));
  const e1 = (1 - Math.sqrt(1 - e2)) / (1 + Math.sqrt(1 - e2));
  const phi1 =
    mu +
    ((3 * e1) / 2 - (27 * e1 ** 3) / 32) * Math.sin(2 * mu) +
    ((21 * e1 ** 2) / 16 - (55 * e1 ** 4) / 32) * Math.sin(4 * mu) +
    ((151 * e1 ** 3) / 96) * Math.sin(6 * mu) +
    ((1097 * e1 ** 4) / 512) * Math.sin(8 * mu);
  const sin1 = Math.sin(phi1);
  const c1 = ep2 * Math.cos(phi1) ** 2;
  const t1 = Math.tan(phi1) ** 2;
  const n1 = a / Math.sqrt(1 - e2 * sin1 ** 2);
  const r1 = (a * (1 - e2)) / (1 - e2 * sin1 ** 2) ** 1.5;
  const d = (x - 500000) / (n1 * k0);
  const phi =
    phi1 -
    ((n1 * Math.tan(phi1)) / r1) *
      (d ** 2 / 2 -
        ((5 + 3 * t1 + 10 * c1 - 4 * c1 ** 2 - 9 * ep2) * d ** 4) / 24 +
        ((61 + 90 * t1 + 298 * c1 + 45 * t1 ** 2 - 252 * ep2 - 3 * c1 ** 2) * d ** 6) / 720);
  const lambda =
    (d -
      ((1 + 2 * t1 + c1) * d ** 3) / 6 +
      ((5 - 2 * c1 + 28 * t1 - 3 * c1 ** 2 + 8 * ep2 + 24 * t1 ** 2) * d ** 5) / 120) /
    Math.cos(phi1);
  return { latitude: deg(phi), longitude: zone * 6 - 183 + deg(lambda) };
}

const UTM_BY_DEPARTEMENT: Readonly<Record<string, ProjectedCrs>> = {
  '9A': { kind: 'utm', zone: 20, south: false, ellipsoid: 'GRS80' },
  '9B': { kind: 'utm', zone: 20, south: false, ellipsoid: 'GRS80' },
  '9C': { kind: 'utm', zone: 22, south: false, ellipsoid: 'GRS80' },
  '9D': { kind: 'utm', zone: 40, south: true, ellipsoid: 'GRS80' },
  '9E': { kind: 'utm', zone: 21, south: false, ellipsoid: 'WGS84' },
  '9F': { kind: 'utm', zone: 38, south: true, ellipsoid: 'GRS80' },
};

const UTM_BY_EPSG: Readonly<Record<string, ProjectedCrs>> = {
  '5490': { kind: 'utm', zone: 20, south: false, ellipsoid: 'GRS80' },
  '4559': { kind: 'utm', zone: 20, south: false, ellipsoid: 'GRS80' },
  '2972': { kind: 'utm', zone: 22, south: false, ellipsoid: 'GRS80' },
  '2975': { kind: 'utm', zone: 40, south: true, ellipsoid: 'GRS80' },
  '4471': { kind: 'utm', zone: 38, south: true, ellipsoid: 'GRS80' },
};

/**
 * The CRS of a FINESS geolocalisation line: from `EPSG:nnnn` in its source text, else `LAMBERT_93`,
 * else from the département (the text is not always explicit for overseas points).
 */
export function crsForFiness(sourceText: string, departement: string | undefined): ProjectedCrs | undefined {
  const epsg = /EPSG:(\d+)/i.exec(sourceText)?.[1];
  if (epsg !== undefined) return crsForEpsg(epsg);
  if (/LAMBERT[_ ]?93/i.test(sourceText)) return { kind: 'lambert93' };
  if (departement === undefined) return undefined;
  return UTM_BY_DEPARTEMENT[departement] ?? { kind: 'lambert93' };
}

function crsForEpsg(code: string): ProjectedCrs | undefined {
  if (code === '2154') return { kind: 'lambert93' };
  const known = UTM_BY_EPSG[code];
  if (known !== undefined) return known;
  const wgs84Utm = /^32([67])(\d{2})$/.exec(code);
  if (wgs84Utm?.[1] !== undefined && wgs84Utm[2] !== undefined) {
    return { kind: 'utm', zone: Number(wgs84Utm[2]), south: wgs84Utm[1] === '7', ellipsoid: 'WGS84' };
  }
  return undefined;
}
