import { describe, expect, it } from 'vitest';
import { crsForFiness, toWgs84 } from './projection.js';
import type { ProjectedCrs } from './projection.js';

// Control values: docs/reference/finess-format.md §3.3 (pyproj / proj4 with a null datum shift).
const CONTROLS: { name: string; crs: ProjectedCrs; x: number; y: number; lon: number; lat: number }[] = [
  {
    name: 'Lambert-93 (Viriat)',
    crs: { kind: 'lambert93' },
    x: 870262.2,
    y: 6571540.8,
    lon: 5.20918,
    lat: 46.22229,
  },
  {
    name: 'Lambert-93 (CSAPA Toulouse)',
    crs: { kind: 'lambert93' },
    x: 573052.2,
    y: 6281789.1,
    lon: 1.427508,
    lat: 43.623774,
  },
  {
    name: 'UTM 20N (Guadeloupe)',
    crs: { kind: 'utm', zone: 20, south: false, ellipsoid: 'GRS80' },
    x: 657242.9,
    y: 1795384.4,
    lon: -61.52874,
    lat: 16.234,
  },
  {
    name: 'UTM 22N (Guyane)',
    crs: { kind: 'utm', zone: 22, south: false, ellipsoid: 'GRS80' },
    x: 353672.8,
    y: 544349.1,
    lon: -52.31973,
    lat: 4.92347,
  },
  {
    name: 'UTM 40S (La Réunion)',
    crs: { kind: 'utm', zone: 40, south: true, ellipsoid: 'GRS80' },
    x: 323086.6,
    y: 7679599.8,
    lon: 55.29821,
    lat: -20.97571,
  },
  {
    name: 'UTM 38S (Mayotte)',
    crs: { kind: 'utm', zone: 38, south: true, ellipsoid: 'GRS80' },
    x: 524819.9,
    y: 8587194.7,
    lon: 45.22868,
    lat: -12.77989,
  },
  {
    name: 'UTM 21N WGS84 (Saint-Pierre)',
    crs: { kind: 'utm', zone: 21, south: false, ellipsoid: 'WGS84' },
    x: 563213.8,
    y: 5180306.8,
    lon: -56.17201,
    lat: 46.77332,
  },
];

describe('toWgs84', () => {
  it.each(CONTROLS)('converts $name to the control point within 1e-5°', ({ crs, x, y, lon, lat }) => {
    const point = toWgs84(x, y, crs);
    expect(point.longitude).toBeCloseTo(lon, 5);
    expect(point.latitude).toBeCloseTo(lat, 5);
  });
});

describe('crsForFiness', () => {
  it('reads the EPSG code of the current source text', () => {
    expect(crsForFiness('1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)', '31')).toEqual({
      kind: 'lambert93',
    });
    expect(crsForFiness('1,ATLASANTE,96,BAN,EPSG:2975 RGR92 / UTM 40S', '9D')).toMatchObject({
      zone: 40,
      south: true,
    });
  });

  it('understands the old LAMBERT_93 label and falls back on the département', () => {
    expect(crsForFiness('1;ATLASANTE;100;IGN;BD_ADRESSE;V2.1;LAMBERT_93', '01')).toEqual({
      kind: 'lambert93',
    });
    expect(crsForFiness('1,ATLASANTE', '9C')).toMatchObject({ kind: 'utm', zone: 22 });
    expect(crsForFiness('1,ATLASANTE', '31')).toEqual({ kind: 'lambert93' });
  });

  it('gives up on an unknown EPSG code rather than guessing', () => {
    expect(crsForFiness('EPSG:9999', '31')).toBeUndefined();
  });
});
