// What an importer produces for one structure, before it is stored. Parsers are pure (text in, records out);
// places come from a Geocoder so tests can pass a tiny one.
import type { Public, StructureSource, StructureStatus, StructureType } from '@oz/contracts';

export interface StructureRecord {
  source: StructureSource;
  sourceId: string;
  name: string;
  type: StructureType;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  departement: string | null;
  inseeCode: string | null;
  phone: string | null;
  website: string | null;
  email: string | null;
  publics: Public[];
  openingHours: string | null;
  status: StructureStatus;
  latitude: number;
  longitude: number;
  positionApproximate: boolean;
  categoryCode: string | null;
  dataDate: string | null;
  sourceUrl: string | null;
}

/** A row that was not imported, and why (named in the import summary with its line number). */
export interface RowIssue {
  line: number;
  reason: string;
}

export interface ParsedFile {
  records: { line: number; record: StructureRecord }[];
  rejected: RowIssue[];
  /** Valid rows deliberately left out (non-care site, unconfirmed structure…). */
  skipped: RowIssue[];
  /**
   * Rows imported with a caveat, named with their line: coordinates given but unusable (unreadable, unknown
   * projection, outside the territory), so the commune centre stands in for the structure's position.
   */
  warnings: RowIssue[];
  /** Rows of FINESS categories Oz does not list (counted, not named: a national file has ~100,000). */
  ignored: number;
  /** Date of the data as a whole (FINESS extraction date), when the file says it. */
  dataDate: string | null;
}

/** The whole file is unusable: nothing is imported. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export interface CommunePoint {
  inseeCode: string;
  name: string;
  departement: string;
  latitude: number;
  longitude: number;
}

/** Offline place lookups the importers need (implemented by PlacesIndex). */
export interface Geocoder {
  communeByInseeCode(inseeCode: string): CommunePoint | undefined;
  /** The commune of a (non-CEDEX) postal code, using the city name when the code covers several communes. */
  communeByPostalCode(postalCode: string, cityName: string | undefined): CommunePoint | undefined;
  /** A commune by its name alone, only when the name is unambiguous. */
  communeByUniqueName(name: string): CommunePoint | undefined;
}

/**
 * Publics served, when the source does not say: the missions of each kind of structure.
 * Source: Code de la santé publique, art. D3411-1 (CSAPA: « la personne ou son entourage »); circulaire
 * DGS/MC2/2008/79 (CJC: young consumers and their families); CAARUD (art. R3121-33-1): adult drug users.
 * Every CSAPA can direct a young person to its CJC (docs/reference/finess-format.md §3.2), hence `young`
 * for CSAPA.
 */
export function defaultPublics(type: StructureType): Public[] {
  switch (type) {
    case 'csapa':
      return ['adults', 'young', 'entourage'];
    case 'cjc':
      return ['young', 'entourage'];
    default:
      return ['adults'];
  }
}
