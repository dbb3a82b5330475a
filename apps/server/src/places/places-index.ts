// Offline place resolution: French postal codes and commune names → a point, from the shipped COG 2026 +
// La Poste 2021 centroid files (data/README.md). Built once at start into memory: it is static reference data,
// not state, so it does not stop several server processes from sharing one database.
import { readFileSync } from 'node:fs';
import type { Place } from '@oz/contracts';
import { parseCsv } from '../directory/csv.js';
import type { CommunePoint, Geocoder } from '../directory/structure-record.js';
import { normalisePlaceName } from '../geo/text.js';

export interface CommuneEntry extends CommunePoint {
  normalisedName: string;
  kind: 'commune-actuelle' | 'arrondissement-municipal' | 'commune-deleguee' | 'commune-associee';
  postalCodes: string[];
  population: number;
}

interface PostalEntry extends CommunePoint {
  postalCode: string;
  normalisedName: string;
}

export type PlaceResolution =
  { kind: 'found'; place: Place } | { kind: 'ambiguous'; candidates: Place[] } | { kind: 'not_found' };

export interface PlacesFiles {
  communesCsv: string;
  postalCodesCsv: string;
}

const PRIMARY_KINDS = new Set(['commune-actuelle', 'arrondissement-municipal']);

export class PlacesIndex implements Geocoder {
  private readonly communes = new Map<string, CommuneEntry>();
  private readonly byName = new Map<string, CommuneEntry[]>();
  private readonly sortedNames: string[];
  private readonly postal = new Map<string, PostalEntry[]>();
  private readonly sortedPostalCodes: string[];

  constructor(files: PlacesFiles) {
    for (const entry of readCommunes(files.communesCsv)) {
      // A commune déléguée may share its INSEE code with the commune nouvelle: the current commune wins.
      const known = this.communes.get(entry.inseeCode);
      if (known === undefined || !PRIMARY_KINDS.has(known.kind)) this.communes.set(entry.inseeCode, entry);
      const homonyms = this.byName.get(entry.normalisedName) ?? [];
      homonyms.push(entry);
      this.byName.set(entry.normalisedName, homonyms);
    }
    for (const entry of readPostalCodes(files.postalCodesCsv)) {
      const entries = this.postal.get(entry.postalCode) ?? [];
      entries.push(entry);
      this.postal.set(entry.postalCode, entries);
    }
    this.sortedNames = [...this.byName.keys()].sort();
    this.sortedPostalCodes = [...this.postal.keys()].sort();
  }

  static fromFiles(communesPath: string, postalCodesPath: string): PlacesIndex {
    return new PlacesIndex({
      communesCsv: readFileSync(communesPath, 'utf8'),
      postalCodesCsv: readFileSync(postalCodesPath, 'utf8'),
    });
  }

  get size(): { communes: number; postalCodes: number } {
    return { communes: this.communes.size, postalCodes: this.postal.size };
  }

  /** `31200`, `31200 Toulouse`, `Toulouse`, `Sainte-Colombe (05)`, `Sainte-Colombe (05190)`. */
  resolve(query: string): PlaceResolution {
    const trimmed = query.trim();
    const postal = /^(\d{5})(?:\s+(.+))?$/.exec(trimmed);
    if (postal?.[1] !== undefined) return this.resolvePostalCode(postal[1], postal[2]);
    const qualified = /^(.+?)\s*\(([0-9AB]{2,5})\)$/i.exec(trimmed);
    const name = normalisePlaceName(qualified?.[1] ?? trimmed);
    const qualifier = qualified?.[2]?.toUpperCase();
    let matches = this.communesNamed(name);
    if (qualifier !== undefined) {
      matches = matches.filter(
        (entry) =>
          entry.departement === qualifier ||
          entry.inseeCode === qualifier ||
          entry.postalCodes.includes(qualifier),
      );
    }
    const [first] = matches;
    if (first === undefined) return { kind: 'not_found' };
    if (matches.length === 1) return { kind: 'found', place: this.communePlace(first) };
    return { kind: 'ambiguous', candidates: byPopulation(matches).map((entry) => this.communePlace(entry)) };
  }

  /** Autocomplete: postal-code prefix (digits) or commune-name prefix, biggest communes first. */
  suggest(query: string, limit: number): Place[] {
    const trimmed = query.trim();
    if (/^\d{1,5}$/.test(trimmed)) {
      return prefixMatches(this.sortedPostalCodes, trimmed, limit)
        .flatMap((code) => this.postal.get(code) ?? [])
        .slice(0, limit)
        .map((entry) => postalPlace(entry));
    }
    const name = normalisePlaceName(trimmed);
    if (name === '') return [];
    const entries = prefixMatches(this.sortedNames, name, 400).flatMap((key) => this.byName.get(key) ?? []);
    return byPopulation(entries)
      .slice(0, limit)
      .map((entry) => this.communePlace(entry));
  }

  /** Every postal code → [latitude, longitude] (mean of its communes), for offline search in the PWA. */
  postalCodeTable(): Record<string, [number, number]> {
    const table: Record<string, [number, number]> = {};
    for (const code of this.sortedPostalCodes) {
      const entries = this.postal.get(code) ?? [];
      table[code] = [
        round5(mean(entries.map((entry) => entry.latitude))),
        round5(mean(entries.map((entry) => entry.longitude))),
      ];
    }
    return table;
  }

  communeByInseeCode(inseeCode: string): CommunePoint | undefined {
    return this.communes.get(inseeCode);
  }

  communeByPostalCode(postalCode: string, cityName: string | undefined): CommunePoint | undefined {
    const entries = this.postal.get(postalCode) ?? [];
    if (entries.length === 1) return entries[0];
    if (cityName === undefined) return undefined;
    const name = normalisePlaceName(cityName);
    return entries.find((entry) => entry.normalisedName === name);
  }

  communeByUniqueName(name: string): CommunePoint | undefined {
    const matches = this.communesNamed(normalisePlaceName(name));
    return matches.length === 1 ? matches[0] : undefined;
  }

  private communesNamed(normalisedName: string): CommuneEntry[] {
    const all = this.byName.get(normalisedName) ?? [];
    const primary = all.filter((entry) => PRIMARY_KINDS.has(entry.kind));
    return primary.length > 0 ? primary : all;
  }

  /**
   * A postal code covering several communes resolves to the mean of their points (such areas span a few km),
   * unless a commune name narrows it to one (documented in docs/architecture.md, "Places").
   */
  private resolvePostalCode(code: string, name: string | undefined): PlaceResolution {
    const entries = this.postal.get(code) ?? [];
    const named =
      name === undefined ? [] : entries.filter((entry) => entry.normalisedName === normalisePlaceName(name));
    const chosen = named.length > 0 ? named : entries;
    const [first] = chosen;
    if (first === undefined) return { kind: 'not_found' };
    if (chosen.length === 1) return { kind: 'found', place: postalPlace(first) };
    const names = chosen.map((entry) => entry.name);
    const place: Place = {
      kind: 'postal_code',
      label: `${code} ${names.slice(0, 3).join(', ')}${names.length > 3 ? '…' : ''}`,
      query: code,
      postalCode: code,
      departement: first.departement,
      latitude: round5(mean(chosen.map((entry) => entry.latitude))),
      longitude: round5(mean(chosen.map((entry) => entry.longitude))),
    };
    return { kind: 'found', place };
  }

  private communePlace(entry: CommuneEntry): Place {
    const sameNameInDepartement = this.communesNamed(entry.normalisedName).filter(
      (other) => other.departement === entry.departement,
    );
    const qualifier = sameNameInDepartement.length > 1 ? entry.inseeCode : entry.departement;
    const postalCode = entry.postalCodes[0];
    return {
      kind: 'commune',
      label: `${entry.name} (${entry.departement})`,
      query: `${entry.name} (${qualifier})`,
      ...(postalCode === undefined ? {} : { postalCode }),
      inseeCode: entry.inseeCode,
      departement: entry.departement,
      latitude: entry.latitude,
      longitude: entry.longitude,
    };
  }
}

function postalPlace(entry: PostalEntry): Place {
  return {
    kind: 'postal_code',
    label: `${entry.postalCode} ${entry.name}`,
    query: `${entry.postalCode} ${entry.name}`,
    postalCode: entry.postalCode,
    inseeCode: entry.inseeCode,
    departement: entry.departement,
    latitude: entry.latitude,
    longitude: entry.longitude,
  };
}

/**
 * One collator built once, rather than counting on the engine to cache the one `localeCompare(other, 'fr')`
 * asks for on every comparison (a per-call Intl object was the native-memory growth of issue 9).
 */
const FRENCH_ORDER = new Intl.Collator('fr');

function byPopulation(entries: CommuneEntry[]): CommuneEntry[] {
  const rank = (entry: CommuneEntry): number => (PRIMARY_KINDS.has(entry.kind) ? 0 : 1);
  return [...entries].sort(
    (a, b) => rank(a) - rank(b) || b.population - a.population || FRENCH_ORDER.compare(a.name, b.name),
  );
}

/** Keys of a sorted array starting with `prefix` (binary search, then a bounded walk). */
function prefixMatches(sorted: readonly string[], prefix: string, limit: number): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  const matches: string[] = [];
  for (let index = low; index < sorted.length && matches.length < limit; index += 1) {
    const key = sorted[index] as string;
    if (!key.startsWith(prefix)) break;
    matches.push(key);
  }
  return matches;
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const round5 = (value: number): number => Math.round(value * 1e5) / 1e5;

function readRows(csv: string, required: readonly string[]): ((column: string) => string)[] {
  const [header, ...rows] = parseCsv(csv, ',');
  const columns = header?.cells ?? [];
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new RangeError(`places file lacks columns: ${missing.join(', ')}`);
  return rows.map((row) => (column: string) => row.cells[columns.indexOf(column)] ?? '');
}

const COMMUNE_KINDS: readonly CommuneEntry['kind'][] = [
  'commune-actuelle',
  'arrondissement-municipal',
  'commune-deleguee',
  'commune-associee',
];

function readCommunes(csv: string): CommuneEntry[] {
  const required = [
    'code_insee',
    'nom',
    'type',
    'code_departement',
    'codes_postaux',
    'population',
    'latitude',
    'longitude',
  ];
  return readRows(csv, required).flatMap((get) => {
    const kind = COMMUNE_KINDS.find((known) => known === get('type'));
    return kind === undefined ? [] : [communeEntry(get, kind)];
  });
}

function communeEntry(get: (column: string) => string, kind: CommuneEntry['kind']): CommuneEntry {
  return {
    inseeCode: get('code_insee'),
    name: get('nom'),
    normalisedName: normalisePlaceName(get('nom')),
    kind,
    departement: get('code_departement'),
    postalCodes: get('codes_postaux')
      .split('|')
      .filter((code) => code !== ''),
    population: Number(get('population') || 0),
    latitude: Number(get('latitude')),
    longitude: Number(get('longitude')),
  };
}

function readPostalCodes(csv: string): PostalEntry[] {
  const required = ['code_postal', 'code_insee', 'nom_commune', 'code_departement', 'latitude', 'longitude'];
  return readRows(csv, required).map((get) => ({
    postalCode: get('code_postal'),
    inseeCode: get('code_insee'),
    name: get('nom_commune'),
    normalisedName: normalisePlaceName(get('nom_commune')),
    departement: get('code_departement'),
    latitude: Number(get('latitude')),
    longitude: Number(get('longitude')),
  }));
}
