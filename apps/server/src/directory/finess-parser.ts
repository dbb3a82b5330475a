// Parses the official FINESS establishment extract (etalab cs1100502 / cs1100507): no header, `;`-separated,
// a metadata first line, `structureet` lines then `geolocalisation` lines
// (docs/reference/finess-format.md §3.1–3.3).
import { crsForFiness, toWgs84 } from '../geo/projection.js';
import { departementOfInseeCode } from '@oz/core';
import type { LatLon } from '@oz/core';
import { parseCsv } from './csv.js';
import type { CsvRecord } from './csv.js';
import { decideFinessCategory } from './finess-categories.js';
import { expandStreetType, normaliseDay, normalisePhone } from './normalise.js';
import { ImportFileError, defaultPublics } from './structure-record.js';
import type { Geocoder, ParsedFile, StructureRecord } from './structure-record.js';

const FINESS_NUMBER = /^[0-9][0-9AB][0-9]{7}$/;
const DEPARTEMENT = /^(?:[0-9]{2}|2A|2B|9[A-J])$/;
const ROUTING_LINE = /^(\d{5}) (.+?)(?: CEDEX(?: \d+)?)?$/;
const MIN_STRUCTUREET_CELLS = 31;

interface EstablishmentLine {
  line: number;
  finessNumber: string;
  departementCode: string;
  record: Omit<StructureRecord, 'latitude' | 'longitude' | 'positionApproximate'>;
  cedex: boolean;
}

/** A geolocalisation line: its coordinates, or why they cannot be read. */
type GeolocationLine = { line: number } & (
  { kind: 'read'; x: number; y: number; sourceText: string } | { kind: 'unreadable'; reason: string }
);

export function parseFinessFile(text: string, geocoder: Geocoder): ParsedFile {
  const rows = parseCsv(text, ';');
  const metadata = rows[0]?.cells ?? [];
  if (metadata[0] !== 'finess' || metadata[1] !== 'etalab') {
    throw new ImportFileError('not a FINESS etalab extract: line 1 must start with "finess;etalab"');
  }
  const dataDate = normaliseDay(metadata[3] ?? '');
  const result: ParsedFile = {
    records: [],
    rejected: [],
    skipped: [],
    warnings: [],
    ignored: 0,
    dataDate,
  };
  const establishments: EstablishmentLine[] = [];
  const geolocations = new Map<string, GeolocationLine>();
  let establishmentLines = 0;
  for (const row of rows.slice(1)) {
    const section = row.cells[0];
    if (section === 'structureet') {
      establishmentLines += 1;
      readEstablishment(row, dataDate, result, establishments);
    } else if (section === 'geolocalisation') {
      readGeolocation(row, geolocations);
    } else if (section === undefined || !/^[a-z]+$/.test(section)) {
      result.rejected.push({ line: row.line, reason: 'unreadable line (no section name)' });
    }
  }
  if (establishmentLines === 0) throw new ImportFileError('no "structureet" line: nothing to import');
  for (const establishment of establishments) {
    const geolocation = geolocations.get(establishment.finessNumber);
    const placed = placeEstablishment(establishment, geolocation, geocoder);
    if (placed.kind === 'rejected') {
      result.rejected.push({ line: establishment.line, reason: placed.reason });
      continue;
    }
    result.records.push({ line: establishment.line, record: { ...establishment.record, ...placed.point } });
    if (placed.unusable !== undefined && geolocation !== undefined) {
      result.warnings.push({
        line: geolocation.line,
        reason: `FINESS ${establishment.finessNumber}: ${placed.unusable}; the commune centre is used instead`,
      });
    }
  }
  return result;
}

function readEstablishment(
  row: CsvRecord,
  fileDate: string | null,
  result: ParsedFile,
  out: EstablishmentLine[],
): void {
  const issue = (reason: string): void => void result.rejected.push({ line: row.line, reason });
  const cell = (index: number): string => (row.cells[index] ?? '').trim();
  if (row.cells.length < MIN_STRUCTUREET_CELLS) {
    return issue(`expected at least ${MIN_STRUCTUREET_CELLS} fields, found ${row.cells.length}`);
  }
  const finessNumber = cell(1);
  const name = cell(4) || cell(3);
  const categoryCode = cell(18);
  const departementCode = cell(13);
  if (!FINESS_NUMBER.test(finessNumber)) return issue(`invalid FINESS number "${finessNumber}"`);
  if (name === '') return issue('missing name (rs)');
  if (!/^\d{3}$/.test(categoryCode)) return issue(`invalid category "${categoryCode}"`);
  const decision = decideFinessCategory(categoryCode, name);
  if (decision.kind === 'ignored') {
    result.ignored += 1;
    return;
  }
  if (decision.kind === 'skipped')
    return void result.skipped.push({ line: row.line, reason: decision.reason });
  if (!DEPARTEMENT.test(departementCode)) return issue(`invalid département "${departementCode}"`);
  if (!/^\d{3}$/.test(cell(12))) return issue(`invalid commune code "${cell(12)}"`);
  const routing = ROUTING_LINE.exec(cell(15));
  if (routing === null) return issue(`invalid ligneacheminement "${cell(15)}" (expected "CP COMMUNE")`);
  const inseeCode = inseeCodeOf(departementCode, cell(12));
  const street = [cell(7), cell(10), expandStreetType(cell(8)), cell(9)]
    .filter((part) => part !== '')
    .join(' ');
  const address = [street, cell(11)].filter((part) => part !== '').join(', ');
  out.push({
    line: row.line,
    finessNumber,
    departementCode,
    cedex: / CEDEX( \d+)?$/.test(cell(15)),
    record: {
      source: 'finess',
      sourceId: finessNumber,
      name,
      type: decision.type,
      address: address === '' ? null : address,
      postalCode: routing[1] ?? null,
      city: routing[2] ?? null,
      departement: departementOfInseeCode(inseeCode),
      inseeCode,
      phone: normalisePhone(cell(16)),
      website: null,
      email: null,
      publics: defaultPublics(decision.type),
      openingHours: null,
      status: 'open',
      categoryCode,
      dataDate: fileDate ?? normaliseDay(cell(30)),
      sourceUrl: null,
    },
  });
}

/** INSEE commune code from FINESS's département + 3-digit commune (`9D` + `411` → `97411`, `9J` → `98…`). */
export function inseeCodeOf(departementCode: string, communeCode: string): string {
  if (!departementCode.startsWith('9') || /^\d{2}$/.test(departementCode))
    return departementCode + communeCode;
  return (departementCode === '9J' ? '98' : '97') + communeCode;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function readGeolocation(row: CsvRecord, out: Map<string, GeolocationLine>): void {
  const [, finessNumber = '', x = '', y = '', ...rest] = row.cells.map((cell) => cell.trim());
  if (!PLAIN_NUMBER.test(x) || !PLAIN_NUMBER.test(y)) {
    out.set(finessNumber, {
      line: row.line,
      kind: 'unreadable',
      reason: `unreadable coordinates (x "${x}", y "${y}")`,
    });
    return;
  }
  out.set(finessNumber, {
    line: row.line,
    kind: 'read',
    x: Number(x),
    y: Number(y),
    sourceText: rest.join(';'),
  });
}

type Point = Pick<StructureRecord, 'latitude' | 'longitude' | 'positionApproximate'>;
type Placed =
  { kind: 'placed'; point: Point; unusable?: string | undefined } | { kind: 'rejected'; reason: string };

/** The establishment's own point, else its commune's centre (saying why its own point was unusable). */
function placeEstablishment(
  establishment: EstablishmentLine,
  geolocation: GeolocationLine | undefined,
  geocoder: Geocoder,
): Placed {
  const exact = geolocation === undefined ? undefined : projected(geolocation, establishment);
  if (exact !== undefined && 'latitude' in exact) {
    return { kind: 'placed', point: { ...exact, positionApproximate: false } };
  }
  const unusable = exact?.reason;
  const { inseeCode, postalCode, city } = establishment.record;
  const commune =
    (inseeCode === null ? undefined : geocoder.communeByInseeCode(inseeCode)) ??
    (establishment.cedex || postalCode === null
      ? undefined
      : geocoder.communeByPostalCode(postalCode, city ?? undefined));
  if (commune === undefined) {
    return {
      kind: 'rejected',
      reason: `${unusable ?? 'no usable coordinates'} and unknown commune ${inseeCode ?? ''}`.trim(),
    };
  }
  return {
    kind: 'placed',
    point: { latitude: commune.latitude, longitude: commune.longitude, positionApproximate: true },
    unusable,
  };
}

/** The geolocation in WGS84, or why it cannot be used. */
function projected(
  geolocation: GeolocationLine,
  establishment: EstablishmentLine,
): LatLon | { reason: string } {
  if (geolocation.kind === 'unreadable') return { reason: geolocation.reason };
  const crs = crsForFiness(geolocation.sourceText, establishment.departementCode);
  if (crs === undefined) return { reason: `unknown projection "${geolocation.sourceText}"` };
  const point = toWgs84(geolocation.x, geolocation.y, crs);
  if (isPlausible(point, establishment.departementCode)) return point;
  return { reason: `point outside the territory (x ${geolocation.x}, y ${geolocation.y})` };
}

/** Rejects points outside the territory (wrong CRS, swapped axes): docs/reference/finess-format.md §3.3. */
function isPlausible(point: LatLon, departementCode: string): boolean {
  if (!Number.isFinite(point.latitude) || !Number.isFinite(point.longitude)) return false;
  if (departementCode.startsWith('9') && !/^\d{2}$/.test(departementCode)) {
    return Math.abs(point.latitude) <= 60 && Math.abs(point.longitude) <= 180;
  }
  return (
    point.latitude >= 41.3 && point.latitude <= 51.1 && point.longitude >= -5.2 && point.longitude <= 9.6
  );
}
