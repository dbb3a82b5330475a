import { describe, expect, it } from 'vitest';
import { shippedPlaces } from '../test-support/places.js';
import { decodeImportFile } from './decode.js';
import {
  CH_FLEYRIAT,
  CSAPA_ANPAA,
  CSAPA_MAURICE_DIDE,
  CSAPA_REUNION,
  GEO_ANPAA,
  GEO_FLEYRIAT,
  GEO_REUNION,
  finessFile,
} from './finess.fixture.js';
import { inseeCodeOf, parseFinessFile } from './finess-parser.js';
import { ImportFileError } from './structure-record.js';

const places = shippedPlaces();
const parse = (text: string): ReturnType<typeof parseFinessFile> => parseFinessFile(text, places);
const recordOf = (text: string, id: string) =>
  parse(text).records.find(({ record }) => record.sourceId === id)?.record;

describe('parseFinessFile on the reference fixture', () => {
  const file = finessFile([CSAPA_ANPAA, CSAPA_MAURICE_DIDE, CH_FLEYRIAT, GEO_ANPAA, GEO_FLEYRIAT]);

  it('keeps the CSAPA and the hospital, and reads the extraction date', () => {
    const result = parse(file);
    expect(result.records.map(({ record }) => [record.sourceId, record.type])).toEqual([
      ['310788070', 'csapa'],
      ['310797402', 'csapa'],
      ['010000024', 'hospital'],
    ]);
    expect(result.dataDate).toBe('2026-08-10');
    expect(result.rejected).toEqual([]);
  });

  it('converts Lambert-93 coordinates and splits the routing line', () => {
    const anpaa = recordOf(file, '310788070');
    expect(anpaa).toMatchObject({
      inseeCode: '31555',
      postalCode: '31200',
      city: 'TOULOUSE',
      departement: '31',
    });
    expect(anpaa?.latitude).toBeCloseTo(43.623774, 5);
    expect(anpaa?.longitude).toBeCloseTo(1.427508, 5);
    expect(anpaa?.positionApproximate).toBe(false);
    expect(anpaa?.address).toBe('21 BOULEVARD SILVIO TRENTIN');
    expect(anpaa?.publics).toEqual(['adults', 'young', 'entourage']);
  });

  it('falls back on the commune centre when the geolocation is missing, and flags it', () => {
    const dide = recordOf(file, '310797402');
    expect(dide).toMatchObject({ postalCode: '31058', city: 'TOULOUSE', positionApproximate: true });
    expect(dide?.latitude).toBeCloseTo(43.59638, 5);
    expect(dide?.longitude).toBeCloseTo(1.43167, 5);
  });

  it('uses the long name and converts the Ain hospital', () => {
    const fleyriat = recordOf(file, '010000024');
    expect(fleyriat?.name).toBe('CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT');
    expect(fleyriat?.longitude).toBeCloseTo(5.20918, 5);
    expect(fleyriat?.latitude).toBeCloseTo(46.22229, 5);
  });

  it('reads a Windows-1252 copy with CRLF line ends the same way', () => {
    const latin = Buffer.from(finessFile([CSAPA_ANPAA, GEO_ANPAA], '\r\n'), 'latin1');
    const { text, encoding } = decodeImportFile(latin);
    expect(encoding).toBe('windows-1252');
    const record = recordOf(text, '310788070');
    expect(record?.latitude).toBeCloseTo(43.623774, 5);
    expect(record?.city).toBe('TOULOUSE');
  });
});

describe('parseFinessFile variants', () => {
  it('accepts a 31-cell line and a quoted name holding a separator', () => {
    const quoted = CSAPA_ANPAA.replace('CSAPA ANPAA HAUTE-GARONNE', '"CSAPA ""LE PHARE""; TOULOUSE"').replace(
      /;$/,
      '',
    );
    const record = recordOf(finessFile([quoted]), '310788070');
    expect(record?.name).toBe('CSAPA "LE PHARE"; TOULOUSE');
  });

  it('reads an old-style 12-field geolocation line', () => {
    const old = 'geolocalisation;310788070;573052.2;6281789.1;1;ATLASANTE;100;IGN;BD_ADRESSE;V2.1;LAMBERT_93';
    const record = recordOf(finessFile([CSAPA_ANPAA, old]), '310788070');
    expect(record?.positionApproximate).toBe(false);
    expect(record?.latitude).toBeCloseTo(43.623774, 5);
  });

  it('places an overseas establishment with its UTM zone and its 97x INSEE code', () => {
    const record = recordOf(finessFile([CSAPA_REUNION, GEO_REUNION]), '970000001');
    expect(record).toMatchObject({ inseeCode: '97411', departement: '974', positionApproximate: false });
    expect(record?.longitude).toBeCloseTo(55.29821, 5);
    expect(record?.latitude).toBeCloseTo(-20.97571, 5);
  });

  it('rejects short and garbage lines with their line numbers, and keeps the rest', () => {
    const result = parse(
      finessFile([CSAPA_ANPAA, 'structureet;310000000;;TOO SHORT;', 'garbage ; line', GEO_ANPAA]),
    );
    expect(result.records).toHaveLength(1);
    expect(result.rejected).toEqual([
      { line: 3, reason: 'expected at least 31 fields, found 5' },
      { line: 4, reason: 'unreadable line (no section name)' },
    ]);
  });

  it('rejects an invalid FINESS number and an unusable routing line', () => {
    const badNumber = CSAPA_ANPAA.replace('310788070', '31078807');
    const badRouting = CSAPA_MAURICE_DIDE.replace('31058 TOULOUSE CEDEX 9', 'TOULOUSE');
    const result = parse(finessFile([badNumber, badRouting]));
    expect(result.records).toEqual([]);
    expect(result.rejected.map((issue) => issue.line)).toEqual([2, 3]);
  });

  it('rejects a point far outside the territory and uses the commune centre instead, with a warning', () => {
    const swapped = 'geolocalisation;310788070;6281789.1;573052.2;1,ATLASANTE,96,BAN,EPSG:2154;2026-08-10';
    const result = parse(finessFile([CSAPA_ANPAA, swapped]));
    const record = result.records[0]?.record;
    expect(record?.positionApproximate).toBe(true);
    expect(record?.latitude).toBeCloseTo(43.59638, 5);
    expect(result.warnings).toEqual([
      {
        line: 3,
        reason:
          'FINESS 310788070: point outside the territory (x 6281789.1, y 573052.2); the commune centre is used instead',
      },
    ]);
  });

  it.each([
    [
      'geolocalisation;310788070;;;1,ATLASANTE,96,BAN,EPSG:2154;2026-08-10',
      'unreadable coordinates (x "", y "")',
    ],
    [
      'geolocalisation;310788070;0x10;6281789.1;1,ATLASANTE;2026-08-10',
      'unreadable coordinates (x "0x10", y "6281789.1")',
    ],
    [
      'geolocalisation;310788070;573052.2;6281789.1;1,MYSTERY,96,BAN,EPSG:9999;2026-08-10',
      'unknown projection',
    ],
  ])('warns with its line number about %s', (geolocation, reason) => {
    const result = parse(finessFile([CSAPA_ANPAA, geolocation]));
    expect(result.records[0]?.record.positionApproximate).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.line).toBe(3);
    expect(result.warnings[0]?.reason).toContain(reason);
    expect(result.warnings[0]?.reason).toMatch(/the commune centre is used instead$/);
  });

  it('does not warn when an establishment simply has no geolocation line', () => {
    expect(parse(finessFile([CSAPA_MAURICE_DIDE])).warnings).toEqual([]);
  });

  it('ignores other categories, skips non-care sites and detects a CJC by its name', () => {
    const pharmacy = CH_FLEYRIAT.replace(
      'CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT',
      'PHARMACIE CH FLEYRIAT',
    );
    const ehpad = CH_FLEYRIAT.replace(';355;Centre Hospitalier (C.H.);', ';500;EHPAD;');
    const cjc = CSAPA_ANPAA.replace('CSAPA ANPAA HAUTE-GARONNE', 'CJC ANPAA TOULOUSE');
    const result = parse(finessFile([pharmacy, ehpad, cjc]));
    expect(result.ignored).toBe(1);
    expect(result.skipped).toEqual([{ line: 2, reason: 'not a care site for addiction (PHARMACIE)' }]);
    expect(result.records[0]?.record.type).toBe('cjc');
    expect(result.records[0]?.record.publics).toEqual(['young', 'entourage']);
  });

  it('refuses a file that is not a FINESS extract, or has no establishment', () => {
    expect(() => parse('structureet;1;2\n')).toThrow(ImportFileError);
    expect(() => parse(finessFile([GEO_ANPAA]))).toThrow(/no "structureet" line/);
  });
});

describe('inseeCodeOf', () => {
  it.each([
    ['01', '451', '01451'],
    ['2A', '004', '2A004'],
    ['9A', '101', '97101'],
    ['9C', '302', '97302'],
    ['9D', '411', '97411'],
    ['9J', '613', '98613'],
  ])('%s + %s → %s', (departement, commune, expected) => {
    expect(inseeCodeOf(departement, commune)).toBe(expected);
  });
});
