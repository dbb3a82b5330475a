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
