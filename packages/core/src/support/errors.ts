/** Why a craving, a plan, a ruler reading or motivation answers were refused. */
export type InvalidSupportCode =
  | 'not-integer'
  | 'out-of-range'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'unknown-value'
  | 'duplicate'
  | 'invalid-time';

/**
 * Input of the support tools (cravings, « si… alors… » plans, motivations, rulers) that does not fit.
 * A RangeError subclass like the other domain errors; callers branch on `code` and `field`.
 */
export class InvalidSupportInputError extends RangeError {
  override readonly name = 'InvalidSupportInputError';
  readonly code: InvalidSupportCode;
  readonly field: string;

  constructor(field: string, code: InvalidSupportCode, detail: string) {
    super(`${field} ${detail}`);
    this.field = field;
    this.code = code;
  }
}

/** Trims `value` and checks its length; `min` 1 refuses an empty text. */
export function checkedText(field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min) throw new InvalidSupportInputError(field, 'empty', 'must not be empty');
  if (text.length > max) {
    throw new InvalidSupportInputError(field, 'too-long', `must be at most ${String(max)} characters`);
  }
  return text;
}

/** Checks that every value is known and listed once; returns them in the order of `known`. */
export function checkedChoices<T extends string>(
  field: string,
  values: readonly string[],
  known: readonly T[],
): T[] {
  const allowed = new Set<string>(known);
  for (const value of values) {
    if (!allowed.has(value)) {
      throw new InvalidSupportInputError(
        field,
        'unknown-value',
        `has an unknown value ${JSON.stringify(value)}`,
      );
    }
  }
  if (new Set(values).size !== values.length) {
    throw new InvalidSupportInputError(field, 'duplicate', 'lists a value twice');
  }
  return known.filter((value) => values.includes(value));
}

/** An integer within [min, max]. */
export function checkedInteger(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value))
    throw new InvalidSupportInputError(field, 'not-integer', 'must be a whole number');
  if (value < min || value > max) {
    throw new InvalidSupportInputError(
      field,
      'out-of-range',
      `must be between ${String(min)} and ${String(max)}`,
    );
  }
  return value;
}
