// Parses Oz's CSV formats (comma-separated, header row, UTF-8):
// - "curated": hand-curated structures (data/structures-idf-curated.csv): id, name, type, address, postal_code,
//   city, phone, website, public, source_url, source_date, notes, and optional status, email, opening_hours,
//   latitude, longitude;
// - "finess-sample": FINESS rows already converted to WGS84 (data/finess-31-csapa-hopitaux.csv): finess_et, nom,
//   categetab, adresse, code_postal, ligne_acheminement_ville, telephone, latitude, longitude.
// The layout is recognised from the header.
import { departementOfPostalCode } from '@oz/core';
import type { Public, StructureType } from '@oz/contracts';
import { parseCsv } from './csv.js';
import type { CsvRecord } from './csv.js';
import { decideFinessCategory } from './finess-categories.js';
import { expandAddressAbbreviation, normaliseDay, normalisePhone, normaliseWebsite } from './normalise.js';
import { ImportFileError, defaultPublics } from './structure-record.js';
import type { CommunePoint, Geocoder, ParsedFile, RowIssue, StructureRecord } from './structure-record.js';

const CURATED_COLUMNS = [
  'id',
  'name',
  'type',
  'address',
  'postal_code',
  'city',
  'phone',
  'website',
  'public',
];
const FINESS_SAMPLE_COLUMNS = [
  'finess_et',
  'nom',
  'categetab',
  'adresse',
  'code_postal',
  'ligne_acheminement_ville',
];

const CURATED_TYPES: Readonly<Record<string, StructureType>> = {
  csapa: 'csapa',
  cjc: 'cjc',
  caarud: 'caarud',
  elsa: 'elsa',
  hospital: 'hospital',
  hospital_consultation: 'hospital',
  association: 'association',
  other: 'other',
};

type Row = (column: string) => string;

export function parseOzCsvFile(text: string, geocoder: Geocoder, fileDataDate: string | null): ParsedFile {
  const [header, ...rows] = parseCsv(text, ',');
  const columns = (header?.cells ?? []).map((cell) => cell.trim().toLowerCase());
  const layout = CURATED_COLUMNS.every((column) => columns.includes(column))
    ? 'curated'
    : FINESS_SAMPLE_COLUMNS.every((column) => columns.includes(column))
      ? 'finess-sample'
      : undefined;
  if (layout === undefined) {
    throw new ImportFileError(
      `unknown CSV layout: the header must hold either ${CURATED_COLUMNS.join(',')} or ${FINESS_SAMPLE_COLUMNS.join(',')}`,
    );
  }
  const result: ParsedFile = {
    records: [],
    rejected: [],
    skipped: [],
    warnings: [],
    ignored: 0,
    dataDate: fileDataDate,
  };
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      result.rejected.push({
        line: row.line,
        reason: `expected ${columns.length} fields, found ${row.cells.length}`,
      });
      continue;
    }
    const get = cellGetter(columns, row);
    const outcome =
      layout === 'curated' ? readCurated(get, geocoder) : readFinessSample(get, geocoder, fileDataDate);
    if (outcome.kind === 'record') {
      result.records.push({ line: row.line, record: outcome.record });
      if (outcome.warning !== undefined) result.warnings.push({ line: row.line, reason: outcome.warning });
    } else if (outcome.kind === 'skipped') result.skipped.push({ line: row.line, reason: outcome.reason });
    else if (outcome.kind === 'rejected') result.rejected.push({ line: row.line, reason: outcome.reason });
    else result.ignored += 1;
  }
  return result;
}

function cellGetter(columns: string[], row: CsvRecord): Row {
  return (column) => (row.cells[columns.indexOf(column)] ?? '').trim();
}

type Outcome =
  | { kind: 'record'; record: StructureRecord; warning?: string | undefined }
  | { kind: 'skipped' | 'rejected'; reason: RowIssue['reason'] }
  | { kind: 'ignored' };

function readCurated(get: Row, geocoder: Geocoder): Outcome {
  const id = get('id');
  const type = CURATED_TYPES[get('type').toLowerCase()];
  const status = get('status').toLowerCase() || 'open';
  if (!/^[A-Za-z0-9-]{1,40}$/.test(id)) return { kind: 'rejected', reason: `invalid id "${id}"` };
  if (get('name') === '') return { kind: 'rejected', reason: 'missing name' };
  if (type === undefined) return { kind: 'rejected', reason: `unknown type "${get('type')}"` };
  if (status === 'unconfirmed') return { kind: 'skipped', reason: 'not confirmed open (status unconfirmed)' };
  if (status !== 'open' && status !== 'closed')
    return { kind: 'rejected', reason: `unknown status "${status}"` };
  const postalCode = get('postal_code') || null;
  if (postalCode !== null && !/^\d{5}$/.test(postalCode)) {
    return { kind: 'rejected', reason: `invalid postal code "${postalCode}"` };
  }
  const commune = locateCommune(geocoder, postalCode, get('city'));
  const explicit = explicitPoint(get);
  const point = explicit.kind === 'point' ? explicit.point : commune;
  if (point === undefined) {
    return {
      kind: 'rejected',
      reason: `cannot place "${postalCode ?? ''} ${get('city')}": unknown postal code or commune`,
    };
  }
  const record: StructureRecord = {
    source: 'curated',
    sourceId: id,
    name: get('name'),
    type,
    address: get('address') || null,
    postalCode,
    city: get('city') || null,
    departement:
      commune?.departement ?? (postalCode === null ? null : (departementOfPostalCode(postalCode) ?? null)),
    inseeCode: commune?.inseeCode ?? null,
    phone: normalisePhone(get('phone')),
    website: normaliseWebsite(get('website')),
    email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(get('email')) ? get('email') : null,
    publics: publicsFromText(get('public'), type),
    openingHours: get('opening_hours') || null,
    status,
    latitude: point.latitude,
    longitude: point.longitude,
    positionApproximate: explicit.kind !== 'point',
    categoryCode: null,
    dataDate: normaliseDay(get('source_date')),
    sourceUrl: normaliseWebsite(get('source_url')),
  };
  return { kind: 'record', record, warning: warningOf(explicit) };
}

function readFinessSample(get: Row, geocoder: Geocoder, fileDataDate: string | null): Outcome {
  const finessNumber = get('finess_et');
  if (!/^[0-9][0-9AB][0-9]{7}$/.test(finessNumber)) {
    return { kind: 'rejected', reason: `invalid FINESS number "${finessNumber}"` };
  }
  const decision = decideFinessCategory(get('categetab'), get('nom'));
  if (decision.kind === 'ignored') return { kind: 'ignored' };
  if (decision.kind === 'skipped') return decision;
  const postalCode = get('code_postal');
  const city = get('ligne_acheminement_ville').replace(/ CEDEX(?: \d+)?$/, '');
  const cedex = get('ligne_acheminement_ville') !== city;
  const commune = cedex ? geocoder.communeByUniqueName(city) : locateCommune(geocoder, postalCode, city);
  const explicit = explicitPoint(get);
  const point = explicit.kind === 'point' ? explicit.point : commune;
  if (point === undefined) {
    const why = explicit.kind === 'unusable' ? explicit.reason : 'no coordinates';
    return { kind: 'rejected', reason: `${why} and unknown commune` };
  }
  const record: StructureRecord = {
    source: 'finess',
    sourceId: finessNumber,
    name: get('nom'),
    type: decision.type,
    address: get('adresse') === '' ? null : expandAddressAbbreviation(get('adresse')),
    postalCode: /^\d{5}$/.test(postalCode) ? postalCode : null,
    city,
    departement: commune?.departement ?? departementOfPostalCode(postalCode) ?? null,
    inseeCode: commune?.inseeCode ?? null,
    phone: normalisePhone(get('telephone')),
    website: null,
    email: null,
    publics: defaultPublics(decision.type),
    openingHours: null,
    status: 'open',
    latitude: point.latitude,
    longitude: point.longitude,
    positionApproximate: explicit.kind !== 'point',
    categoryCode: get('categetab'),
    dataDate: fileDataDate,
    sourceUrl: null,
  };
  return { kind: 'record', record, warning: warningOf(explicit) };
}

function locateCommune(
  geocoder: Geocoder,
  postalCode: string | null,
  city: string,
): CommunePoint | undefined {
  if (postalCode !== null && postalCode !== '') {
    const byCode = geocoder.communeByPostalCode(postalCode, city || undefined);
    if (byCode !== undefined) return byCode;
  }
  return city === '' ? undefined : geocoder.communeByUniqueName(city);
}

type ExplicitPoint =
  | { kind: 'none' }
  | { kind: 'point'; point: { latitude: number; longitude: number } }
  | { kind: 'unusable'; reason: string };

/** The row's own coordinates: absent, usable, or given but unusable (then said, with the values). */
function explicitPoint(get: Row): ExplicitPoint {
  const [latitudeText, longitudeText] = [get('latitude'), get('longitude')];
  if (latitudeText === '' && longitudeText === '') return { kind: 'none' };
  const given = `latitude "${latitudeText}", longitude "${longitudeText}"`;
  if (!/^-?\d+(\.\d+)?$/.test(latitudeText) || !/^-?\d+(\.\d+)?$/.test(longitudeText)) {
    return { kind: 'unusable', reason: `unreadable coordinates (${given})` };
  }
  const [latitude, longitude] = [Number(latitudeText), Number(longitudeText)];
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return { kind: 'unusable', reason: `coordinates out of range (${given})` };
  }
  return { kind: 'point', point: { latitude, longitude } };
}

function warningOf(explicit: ExplicitPoint): string | undefined {
  return explicit.kind === 'unusable' ? `${explicit.reason}: the commune centre is used instead` : undefined;
}

/** Publics from the curated free text (« adultes ; jeunes ; entourage »), else from the structure type. */
export function publicsFromText(text: string, type: StructureType): Public[] {
  const lower = text.toLowerCase();
  if (lower === '') return defaultPublics(type);
  const publics: Public[] = [];
  if (
    /(?<!jeunes )adulte|usager|personne|patient|parent/.test(lower) ||
    !/jeune|adolescent|entourage/.test(lower)
  ) {
    publics.push('adults');
  }
  if (/jeune|adolescent/.test(lower)) publics.push('young');
  if (/entourage/.test(lower)) publics.push('entourage');
  return publics;
}
