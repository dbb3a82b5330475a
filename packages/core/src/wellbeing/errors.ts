/** Why a well-being answer or score was refused. */
export type InvalidWellbeingCode =
  'wrong-count' | 'not-integer' | 'not-finite' | 'out-of-range' | 'unknown-value' | 'invalid-instant';

/**
 * A WHO-5 answer, a score or a quality-of-life domain rating that does not fit. A RangeError subclass like
 * the other domain errors; callers branch on `code` and `field`.
 */
export class InvalidWellbeingInputError extends RangeError {
  override readonly name = 'InvalidWellbeingInputError';
  readonly code: InvalidWellbeingCode;
  readonly field: string;

  constructor(field: string, code: InvalidWellbeingCode, detail: string) {
    super(`${field} ${detail}`);
    this.field = field;
    this.code = code;
  }
}
