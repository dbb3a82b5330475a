// Shared by the Oz Ensemble transfer-file and CSV readers.

/** The file is not an Oz Ensemble export at all (not JSON object, no diary key, no CSV header). */
export class OzEnsembleFormatError extends Error {
  override readonly name = 'OzEnsembleFormatError';
  readonly code: 'not-an-object' | 'no-diary' | 'not-a-csv';
  constructor(code: 'not-an-object' | 'no-diary' | 'not-a-csv', message: string) {
    super(message);
    this.code = code;
  }
}

/** Volume strings are "25 cl" (sometimes a bare number of cl). */
export function ozeVolumeCl(volume: string | number): number | null {
  if (typeof volume === 'number') return Number.isFinite(volume) && volume > 0 ? volume : null;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(cl|ml)?\s*$/i.exec(volume);
  if (match === null) return null;
  const amount = Number((match[1] ?? '').replace(',', '.'));
  return match[2]?.toLowerCase() === 'ml' ? amount / 10 : amount;
}
