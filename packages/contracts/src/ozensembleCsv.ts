// The e-mailed Oz Ensemble CSV (SocialGouv/ozensemble expo/src/scenes/Infos/Export.js):
//   Date,Consommation,Unité(s),Quantité,Volume,Calories,Prix (Euros)
//   12/03/2025,beer,1,2,25 cl,70,3.5
//   13/03/2025,Pas bu ce jour,0,1,0,0,0
// Dates are DD/MM/YYYY; "Unité(s)", calories and price are per serving (the HTML export multiplies
// doses by quantity); names are not quoted, so a name with commas spreads over several fields: the
// last five fields are fixed, everything between the date and them is the name.
import { OzEnsembleFormatError, ozeVolumeCl } from './ozensembleShared.js';

export interface OzeCsvRow {
  /** 1-based line number in the file, for error messages. */
  readonly line: number;
  readonly date: string;
  readonly name: string;
  /** A "Pas bu ce jour" line: a declared drink-free day. */
  readonly drinkFree: boolean;
  readonly dosesPerServing: number;
  readonly quantity: number;
  readonly volumeCl: number;
  readonly kcalPerServing: number;
  readonly pricePerServing: number;
}

export interface OzeCsv {
  readonly rows: readonly OzeCsvRow[];
  /** Line numbers that could not be read. */
  readonly rejectedLines: readonly number[];
}

const DRINK_FREE_LABEL = 'pas bu ce jour';

function isoFromFrenchDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (match !== null)
    return `${match[3] ?? ''}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : null;
}

function number(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function parseLine(fields: readonly string[], line: number): OzeCsvRow | null {
  if (fields.length < 7) return null;
  const date = isoFromFrenchDate(fields[0] ?? '');
  const tail = fields.slice(-5);
  const name = fields.slice(1, -5).join(',').trim();
  const [doses, quantity, volume, kcal, price] = [
    number(tail[0]),
    number(tail[1]),
    tail[2] ?? '',
    number(tail[3]),
    number(tail[4]),
  ];
  const drinkFree = name.toLowerCase() === DRINK_FREE_LABEL;
  const volumeCl = drinkFree ? 0 : ozeVolumeCl(volume);
  const numbers = [doses, quantity, kcal, price];
  if (date === null || name === '' || volumeCl === null || numbers.some((n) => !Number.isFinite(n) || n < 0))
    return null;
  if (!drinkFree && (quantity <= 0 || volumeCl <= 0)) return null;
  return {
    line,
    date,
    name,
    drinkFree,
    dosesPerServing: doses,
    quantity,
    volumeCl,
    kcalPerServing: kcal,
    pricePerServing: price,
  };
}

/** @throws OzEnsembleFormatError when the header is not Oz Ensemble's. */
export function parseOzEnsembleCsv(text: string): OzeCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').toLowerCase();
  if (!header.startsWith('date,') || !(header.includes('consommation') || header.includes('consumption'))) {
    throw new OzEnsembleFormatError('not-a-csv', 'The first line is not the Oz Ensemble CSV header');
  }
  const rows: OzeCsvRow[] = [];
  const rejectedLines: number[] = [];
  lines.slice(1).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const row = parseLine(raw.split(','), index + 2);
    if (row === null) rejectedLines.push(index + 2);
    else rows.push(row);
  });
  return { rows, rejectedLines };
}
