import { InvalidQuantityError } from './errors.js';

/** Limits for {@link requireFiniteInRange}; `max` inclusive, `integer` for counts. */
export interface QuantityBounds {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

/**
 * Returns `value` when it is a finite number inside the bounds, else throws an InvalidQuantityError
 * (a RangeError) naming the field. Shared guard so every entry point refuses NaN the same way.
 */
export function requireFiniteInRange(field: string, value: number, bounds: QuantityBounds = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidQuantityError(field, value, 'not-finite', 'must be a finite number');
  }
  const min = bounds.min ?? 0;
  if (value < min) {
    const code = min === 0 ? 'negative' : 'too-small';
    throw new InvalidQuantityError(field, value, code, `must be at least ${String(min)}`);
  }
  if (bounds.max !== undefined && value > bounds.max) {
    throw new InvalidQuantityError(field, value, 'too-large', `must be at most ${String(bounds.max)}`);
  }
  if (bounds.integer === true && !Number.isInteger(value)) {
    throw new InvalidQuantityError(field, value, 'not-integer', 'must be a whole number');
  }
  return value;
}
