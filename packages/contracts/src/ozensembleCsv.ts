// The e-mailed Oz Ensemble CSV (SocialGouv/ozensemble expo/src/scenes/Infos/Export.js):
//   Date,Consommation,Unité(s),Quantité,Volume,Calories,Prix (Euros)
//   12/03/2025,beer,1,2,25 cl,70,3.5
//   13/03/2025,Pas bu ce jour,0,1,0,0,0
// Dates are DD/MM/YYYY; "Unité(s)", calories and price are per serving (the HTML export multiplies
// doses by quantity); names are not quoted, so a name with commas spreads over several fields: the
// last five fields are fixed, everything between the date and them is the name.
import { isIsoDate, ozeVolumeMl } from '@oz/core';
import { OzEnsembleFormatError } from './ozensembleShared.js';

export interface OzeCsvRow {
  /** 1-based line number in the file, for error messages. */
  readonly line: number;
  readonly date: string;
  readonly name: string;
  /** A "Pas bu ce jour" line: a declared drink-free day. */
  readonly drinkFree: boolean;
  readonly dosesPerServing: number;
  readonly quantity: number;
  readonly volumeMl: number;
  readonly kcalPerServing: number;
  readonly pricePerServing: number;
}

export type OzeCsvRejectedReason =
  'bad-date' | 'bad-quantity' | 'bad-doses' | 'unreadable-volume' | 'bad-line';

/** A line that could not be read, with what could be read of it (to name it and maybe keep it). */
export interface OzeCsvRejectedLine {
  readonly line: number;
  readonly reason: OzeCsvRejectedReason;
  readonly date?: string;
  readonly name?: string;
  readonly dosesPerServing?: number;
  readonly quantity?: number;
  readonly volume?: string;
}

export interface OzeCsv {
  readonly rows: readonly OzeCsvRow[];
  readonly rejected: readonly OzeCsvRejectedLine[];
}

const DRINK_FREE_LABEL = 'pas bu ce jour';

/** 'DD/MM/YYYY' (or already 'YYYY-MM-DD') as a real calendar day, else null (31/02 is refused). */
function isoFromFrenchDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso =
    match === null
      ? text.trim()
      : `${match[3] ?? ''}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function number(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

const validAmount = (value: number): boolean => Number.isFinite(value) && value >= 0;

function parseLine(fields: readonly string[], line: number): OzeCsvRow | OzeCsvRejectedLine {
  if (fields.length < 7) return { line, reason: 'bad-line' };
  const date = isoFromFrenchDate(fields[0] ?? '');
  const tail = fields.slice(-5);
  const name = fields.slice(1, -5).join(',').trim();
  const [doses, quantity, volume, kcal, price] = [
    number(tail[0]),
    number(tail[1]),
    (tail[2] ?? '').trim(),
    number(tail[3]),
    number(tail[4]),
  ];
  const known = {
    ...(date === null ? {} : { date }),
    ...(name === '' ? {} : { name }),
    ...(validAmount(doses) ? { dosesPerServing: doses } : {}),
    ...(validAmount(quantity) && quantity > 0 ? { quantity } : {}),
    volume,
  };
  const drinkFree = name.toLowerCase() === DRINK_FREE_LABEL;
  const volumeMl = drinkFree ? 0 : ozeVolumeMl(volume);
  if (date === null) return { line, reason: 'bad-date', ...known };
  if (name === '') return { line, reason: 'bad-line', ...known };
  if (!validAmount(doses)) return { line, reason: 'bad-doses', ...known };
  if (!validAmount(quantity) || (!drinkFree && quantity === 0))
    return { line, reason: 'bad-quantity', ...known };
  if (volumeMl === undefined) return { line, reason: 'unreadable-volume', ...known };
  return {
    line,
    date,
    name,
    drinkFree,
    dosesPerServing: doses,
    quantity,
    volumeMl,
    kcalPerServing: validAmount(kcal) ? kcal : 0,
    pricePerServing: validAmount(price) ? price : 0,
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
  const rejected: OzeCsvRejectedLine[] = [];
  lines.slice(1).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const read = parseLine(raw.split(','), index + 2);
    if ('reason' in read) rejected.push(read);
    else rows.push(read);
  });
  return { rows, rejected };
}
