// A small RFC 4180 reader with a configurable separator: quoted fields may hold the separator, doubled quotes
// and line breaks. FINESS files are `;`-separated without a header; Oz's curated CSV is `,` with a header.
import { ImportFileError } from './structure-record.js';

export interface CsvRecord {
  /** 1-based line number where the record starts in the file (what error messages cite). */
  line: number;
  cells: string[];
}

/** A broken quote makes the whole file unreadable: nothing of it is imported. */
export class CsvSyntaxError extends ImportFileError {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(text: string, separator: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let index = 0;
  const endRecord = (): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (index < text.length) {
    const char = text[index] as string;
    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      inQuotes = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
    index += 1;
  }
  if (inQuotes) throw new CsvSyntaxError(recordLine, 'unterminated quoted field');
  endRecord();
  return records;
}
