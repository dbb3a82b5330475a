import { checkedInteger, checkedText } from './errors.js';

/*
 * The 0–10 rulers of the HAS brief intervention, step 3: "rate 0–10 motivation, the right moment and
 * confidence" (HAS 2021 RPIB tool as summarised in docs/clinical-rules.md §8). 'importance' is how much
 * changing matters, 'readiness' whether now is the right moment, 'confidence' how sure the person is to
 * manage. Kept as a history so the person sees them move.
 */

export const RULER_KINDS = ['importance', 'readiness', 'confidence'] as const;
export type RulerKind = (typeof RULER_KINDS)[number];

/** The rulers go from 0 (not at all) to 10 (completely), whole numbers only (HAS RPIB). */
export const RULER_MIN = 0;
export const RULER_MAX = 10;
export const MAX_RULER_CONTEXT_LENGTH = 60;

export interface RulerReading {
  readonly id: string;
  readonly kind: RulerKind;
  readonly value: number;
  /** ISO instant of the answer. */
  readonly takenAt: string;
  /** Where it was asked: 'motivation', 'craving', 'programme:<id>'… */
  readonly context: string;
}

/**
 * A ruler answer.
 * @throws InvalidSupportInputError when the value is not a whole number from 0 to 10 or the context is empty.
 */
export function createRulerReading(input: {
  readonly id: string;
  readonly kind: RulerKind;
  readonly value: number;
  readonly takenAt: string;
  readonly context: string;
}): RulerReading {
  return {
    id: checkedText('id', input.id, 1, 100),
    kind: input.kind,
    value: checkedInteger('value', input.value, RULER_MIN, RULER_MAX),
    takenAt: input.takenAt,
    context: checkedText('context', input.context, 1, MAX_RULER_CONTEXT_LENGTH),
  };
}

/** The most recent reading of each kind (by `takenAt`), for showing where the person stands today. */
export function latestRulerReadings(
  readings: readonly RulerReading[],
): Partial<Record<RulerKind, RulerReading>> {
  const latest: Partial<Record<RulerKind, RulerReading>> = {};
  for (const reading of readings) {
    const current = latest[reading.kind];
    if (current === undefined || reading.takenAt > current.takenAt) latest[reading.kind] = reading;
  }
  return latest;
}
