import { describe, expect, it } from 'vitest';
import { shippedPlaces } from '../test-support/places.js';
import { parseOzCsvFile, publicsFromText } from './curated-csv.js';
import { ImportFileError } from './structure-record.js';

const HEADER =
  'id,name,type,address,postal_code,city,phone,website,public,source_url,source_date,notes,status';
const places = shippedPlaces();
const parse = (...rows: string[]) => parseOzCsvFile([HEADER, ...rows].join('\n'), places, null);

describe('parseOzCsvFile, curated layout', () => {
  it('imports a row placed at its postal-code centre, with cleaned phone and website', () => {
    const result = parse(
      'idf-010,CSAPA La Corde Raide,csapa,6 place Rutebeuf,75012,Paris,01 43 42 53 00,lacorderaide.org,adultes ; jeunes ; entourage,http://example.org,2016,,open',
    );
    expect(result.rejected).toEqual([]);
    expect(result.records[0]?.record).toMatchObject({
      source: 'curated',
      sourceId: 'idf-010',
      type: 'csapa',
      departement: '75',
      inseeCode: '75112',
      phone: '0143425300',
      website: 'https://lacorderaide.org/',
      publics: ['adults', 'young', 'entourage'],
      positionApproximate: true,
      dataDate: '2016-01-01',
      status: 'open',
    });
  });

  it('maps hospital consultations to hospital and keeps the first of several phone numbers', () => {
    const result = parse(
      'idf-021,AA,hospital_consultation,29 rue de Campo Formio,75013,Paris,01 48 06 43 68 ; permanence : 09 69 39 40 20,,,,,,',
    );
    expect(result.records[0]?.record).toMatchObject({
      type: 'hospital',
      phone: '0148064368',
      publics: ['adults'],
    });
  });

  it('places a row without postal code by its unambiguous commune name', () => {
    const result = parse('idf-013,110 Les Halles,csapa,110 rue Saint-Denis,,Paris,,,,,,,open');
    expect(result.records[0]?.record).toMatchObject({
      inseeCode: '75056',
      departement: '75',
      positionApproximate: true,
    });
  });

  it('keeps a closed row as closed and skips an unconfirmed one, naming its line', () => {
    const result = parse(
      'idf-005,CAARUD Paris Centre,caarud,76 rue de Cléry,75002,Paris,,,,,,,closed',
      'idf-006,CAARUD project,caarud,100 rue Doudeauville,75018,Paris,,,,,,,unconfirmed',
    );
    expect(result.records.map(({ record }) => [record.sourceId, record.status])).toEqual([
      ['idf-005', 'closed'],
    ]);
    expect(result.skipped).toEqual([{ line: 3, reason: 'not confirmed open (status unconfirmed)' }]);
  });

  it('rejects bad rows with their line numbers and reasons', () => {
    const result = parse(
      'idf-100,,csapa,,75012,Paris,,,,,,,open',
      'idf-101,X,clinic,,75012,Paris,,,,,,,open',
      'idf-102,X,csapa,,7501,Paris,,,,,,,open',
      'idf-103,X,csapa,,,Nowhere-sur-Rien,,,,,,,open',
      'idf-104,X,csapa',
    );
    expect(result.records).toEqual([]);
    expect(result.rejected).toEqual([
      { line: 2, reason: 'missing name' },
      { line: 3, reason: 'unknown type "clinic"' },
      { line: 4, reason: 'invalid postal code "7501"' },
      { line: 5, reason: 'cannot place " Nowhere-sur-Rien": unknown postal code or commune' },
      { line: 6, reason: 'expected 13 fields, found 3' },
    ]);
  });

  it('refuses a file whose header matches no known layout', () => {
    expect(() => parseOzCsvFile('name,city\nX,Paris\n', places, null)).toThrow(ImportFileError);
  });
});

describe('parseOzCsvFile, FINESS sample layout', () => {
  const header =
    'finess_et,nom,type_oz,categetab,libcategetab,adresse,code_postal,ligne_acheminement_ville,telephone,latitude,longitude';

  it('keeps the given coordinates, expands the street type and skips pharmacies', () => {
    const text = [
      header,
      '310788070,CSAPA ANPAA HAUTE-GARONNE,CSAPA,197,CSAPA,21 BD SILVIO TRENTIN,31200,TOULOUSE,0561621426,43.623774,1.427508',
      '310000001,PHARMACIE LOGIPHARMA CHU TLSE,HOPITAL,101,CHR,,31000,TOULOUSE,,43.6,1.4',
    ].join('\n');
    const result = parseOzCsvFile(text, places, '2026-08-10');
    expect(result.records[0]?.record).toMatchObject({
      source: 'finess',
      sourceId: '310788070',
      address: '21 BOULEVARD SILVIO TRENTIN',
      latitude: 43.623774,
      positionApproximate: false,
      dataDate: '2026-08-10',
      departement: '31',
    });
    expect(result.skipped).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });

  it('warns with the line number when given coordinates are unusable and the commune centre stands in', () => {
    const text = [
      header,
      '310788070,CSAPA ANPAA HAUTE-GARONNE,CSAPA,197,CSAPA,21 BD SILVIO TRENTIN,31200,TOULOUSE,,4x.62,1.42',
      '310788071,CSAPA BIS,CSAPA,197,CSAPA,1 RUE X,31200,TOULOUSE,,143.6,1.42',
    ].join('\n');
    const result = parseOzCsvFile(text, places, '2026-08-10');
    expect(result.records.map(({ record }) => record.positionApproximate)).toEqual([true, true]);
    expect(result.warnings).toEqual([
      {
        line: 2,
        reason:
          'unreadable coordinates (latitude "4x.62", longitude "1.42"): the commune centre is used instead',
      },
      {
        line: 3,
        reason:
          'coordinates out of range (latitude "143.6", longitude "1.42"): the commune centre is used instead',
      },
    ]);
  });
});

describe('publicsFromText', () => {
  it.each([
    ['adolescents et jeunes adultes ; entourage', ['young', 'entourage']],
    ['adultes à partir de 16 ans', ['adults']],
    ['usagers de drogues', ['adults']],
    ['jeunes', ['young']],
  ])('%s', (text, expected) => {
    expect(publicsFromText(text, 'csapa')).toEqual(expected);
  });

  it('falls back on the missions of the type when the source says nothing', () => {
    expect(publicsFromText('', 'cjc')).toEqual(['young', 'entourage']);
  });
});
