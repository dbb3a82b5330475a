/**
 * Typed errors of the domain. Callers branch on `code`, never on message text, and never receive a
 * sentinel value (Oz Ensemble's scoring returned -1 on errors and silently assumed 'woman':
 * docs/reference/oz-ensemble-formats.md §2.8).
 */

/** Why a quantity (volume, ABV, count, price...) was refused. */
export type InvalidQuantityCode = 'not-finite' | 'negative' | 'too-large' | 'too-small' | 'not-integer';

/** A numeric input outside its physical or clinical range. Subclass of RangeError on purpose. */
export class InvalidQuantityError extends RangeError {
  override readonly name = 'InvalidQuantityError';
  readonly code: InvalidQuantityCode;
  /** Which input was refused, e.g. 'volumeMl' or 'abvPercent'. */
  readonly field: string;
  readonly value: number;

  constructor(field: string, value: number, code: InvalidQuantityCode, detail: string) {
    super(`${field} ${detail} (got ${String(value)})`);
    this.field = field;
    this.value = value;
    this.code = code;
  }
}

/** A calendar date that is not a real 'YYYY-MM-DD' day. */
export class InvalidDateError extends RangeError {
  override readonly name = 'InvalidDateError';
  readonly value: string;

  constructor(value: string, detail = "is not a valid 'YYYY-MM-DD' calendar date") {
    super(`${JSON.stringify(value)} ${detail}`);
    this.value = value;
  }
}

/** A wall-clock time that is not 'HH:MM' (00:00–23:59). */
export class InvalidTimeError extends RangeError {
  override readonly name = 'InvalidTimeError';
  readonly value: string;

  constructor(value: string) {
    super(`${JSON.stringify(value)} is not a valid 'HH:MM' time`);
    this.value = value;
  }
}

/** Why a reminder schedule was refused. */
export type InvalidReminderScheduleCode = 'no-weekday' | 'bad-weekday' | 'bad-time' | 'bad-time-zone';

/** A reminder schedule with no day, an unknown weekday, a bad 'HH:MM' time or an unknown time zone. */
export class InvalidReminderScheduleError extends RangeError {
  override readonly name = 'InvalidReminderScheduleError';
  readonly code: InvalidReminderScheduleCode;

  constructor(code: InvalidReminderScheduleCode, detail: string) {
    super(`reminder schedule ${detail}`);
    this.code = code;
  }
}

/** Why a set of questionnaire answers was refused. */
export type ScreeningAnswerCode = 'wrong-answer-count' | 'answer-out-of-range' | 'invalid-sex';

/** Answers that do not fit the questionnaire (wrong length, unknown option index, unknown sex). */
export class ScreeningAnswerError extends RangeError {
  override readonly name = 'ScreeningAnswerError';
  readonly code: ScreeningAnswerCode;
  readonly instrument: string;
  /** 0-based item index for 'answer-out-of-range'. */
  readonly itemIndex: number | undefined;

  constructor(instrument: string, code: ScreeningAnswerCode, message: string, itemIndex?: number) {
    super(`${instrument}: ${message}`);
    this.instrument = instrument;
    this.code = code;
    this.itemIndex = itemIndex;
  }
}

/** Why a goal the person set is not coherent. */
export type InvalidGoalCode =
  'drinks-on-all-drink-free-week' | 'per-day-above-weekly' | 'duplicate-weekday' | 'unknown-weekday';

/** A goal whose parts contradict each other (e.g. 7 drink-free days but 5 drinks allowed). */
export class InvalidGoalError extends RangeError {
  override readonly name = 'InvalidGoalError';
  readonly code: InvalidGoalCode | InvalidQuantityCode;

  constructor(code: InvalidGoalCode | InvalidQuantityCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** A custom drink that cannot be created (empty name, bad volume...). */
export class InvalidDrinkError extends RangeError {
  override readonly name = 'InvalidDrinkError';
  readonly code: 'empty-name' | 'name-too-long' | 'empty-id';

  constructor(code: 'empty-name' | 'name-too-long' | 'empty-id', message: string) {
    super(message);
    this.code = code;
  }
}
