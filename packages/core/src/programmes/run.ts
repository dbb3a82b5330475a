import type { IsoDate } from '../calendar/date.js';
import { addDays, compareIsoDates, daysBetween, isoDate } from '../calendar/date.js';
import type { ProgrammeId } from './programme.js';

/*
 * A person's run through a programme, and which days are open. The rule (Oz choice, issue 10): day 1 opens
 * on the day the run starts; day n opens on the calendar day after day n−1 was done. So a day opens at
 * most once a calendar day (the text is meant to be lived with for a day), and a gap loses nothing: after
 * a week away the next day is simply waiting. Days are the person's local calendar days ('YYYY-MM-DD',
 * calendar/zoned.ts turns an instant into one), so neither a time zone nor a DST change can open two days at
 * once; a day that looks earlier than the last completion (travelling west) opens nothing new.
 */

export interface CompletedDay {
  /** 1-based programme day. */
  readonly day: number;
  /** The person's calendar day it was done on. */
  readonly on: IsoDate;
}

export interface ProgrammeRunState {
  readonly programmeId: ProgrammeId;
  readonly startedOn: IsoDate;
  /** In order: day 1, 2, 3… */
  readonly completed: readonly CompletedDay[];
  /** Set when the person stops the programme before its end. */
  readonly stoppedOn?: IsoDate;
}

export type ProgrammeRunErrorCode =
  'unknown-day' | 'day-locked' | 'day-already-done' | 'run-stopped' | 'before-start';

/** An impossible step in a run (a locked or unknown day…). Callers branch on `code`. */
export class ProgrammeRunError extends RangeError {
  override readonly name = 'ProgrammeRunError';
  readonly code: ProgrammeRunErrorCode;

  constructor(code: ProgrammeRunErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export type DayState = 'done' | 'open' | 'locked';

export interface DayProgress {
  readonly day: number;
  readonly state: DayState;
  /** For a done day: when. For the next locked day: the first calendar day it can open. */
  readonly on?: IsoDate;
}

export interface ProgrammeProgress {
  readonly days: readonly DayProgress[];
  readonly doneCount: number;
  /** The day to do now, if one is open. */
  readonly openDay: number | undefined;
  /** The next day and when it opens, when none is open and the programme is not finished. */
  readonly nextDay: { readonly day: number; readonly opensOn: IsoDate } | undefined;
  readonly finished: boolean;
  /**
   * Whole calendar days between the last activity (start or last completion) and today, minus one: 0 when
   * the person came back the next day. Used to say « welcome back » without blame.
   */
  readonly missedDays: number;
}

function checkDayNumber(day: number, totalDays: number): void {
  if (!Number.isInteger(day) || day < 1 || day > totalDays) {
    throw new ProgrammeRunError('unknown-day', `Day ${String(day)} is not a day of this programme`);
  }
  if (!Number.isInteger(totalDays) || totalDays < 1) {
    throw new ProgrammeRunError('unknown-day', 'A programme has at least one day');
  }
}

export function startProgrammeRun(programmeId: ProgrammeId, today: string): ProgrammeRunState {
  return { programmeId, startedOn: isoDate(today), completed: [] };
}

/** The first calendar day `day` (1-based) can open, given what is done; undefined until day − 1 is done. */
function opensOn(run: ProgrammeRunState, day: number): IsoDate | undefined {
  if (day === 1) return run.startedOn;
  const previous = run.completed[day - 2];
  return previous === undefined ? undefined : addDays(previous.on, 1);
}

/**
 * Where the run stands on `today`.
 * @throws InvalidDateError for an invalid `today`; ProgrammeRunError for a bad `totalDays`.
 */
export function programmeProgress(
  run: ProgrammeRunState,
  totalDays: number,
  today: string,
): ProgrammeProgress {
  checkDayNumber(1, totalDays);
  const now = isoDate(today);
  const doneCount = Math.min(run.completed.length, totalDays);
  const finished = doneCount === totalDays;
  const nextNumber = doneCount + 1;
  const nextOpens = finished ? undefined : opensOn(run, nextNumber);
  const isOpen =
    !finished &&
    run.stoppedOn === undefined &&
    nextOpens !== undefined &&
    compareIsoDates(nextOpens, now) <= 0;
  const days = Array.from({ length: totalDays }, (_, index): DayProgress => {
    const day = index + 1;
    const done = run.completed[index];
    if (done !== undefined) return { day, state: 'done', on: done.on };
    if (day === nextNumber && nextOpens !== undefined) {
      return isOpen ? { day, state: 'open' } : { day, state: 'locked', on: nextOpens };
    }
    return { day, state: 'locked' };
  });
  const lastActivity = run.completed[doneCount - 1]?.on ?? run.startedOn;
  return {
    days,
    doneCount,
    openDay: isOpen ? nextNumber : undefined,
    nextDay:
      !isOpen && !finished && nextOpens !== undefined ? { day: nextNumber, opensOn: nextOpens } : undefined,
    finished,
    missedDays: Math.max(0, daysBetween(lastActivity, now) - 1),
  };
}

/**
 * Marks `day` done on `today`.
 * @throws ProgrammeRunError when the day is unknown, already done, not open yet, or the run is stopped.
 */
export function completeProgrammeDay(
  run: ProgrammeRunState,
  totalDays: number,
  day: number,
  today: string,
): ProgrammeRunState {
  checkDayNumber(day, totalDays);
  const now = isoDate(today);
  if (run.stoppedOn !== undefined) throw new ProgrammeRunError('run-stopped', 'This run was stopped');
  if (day <= run.completed.length) {
    throw new ProgrammeRunError('day-already-done', `Day ${String(day)} is already done`);
  }
  if (compareIsoDates(now, run.startedOn) < 0) {
    throw new ProgrammeRunError('before-start', 'Today is before the start of this run');
  }
  if (programmeProgress(run, totalDays, now).openDay !== day) {
    throw new ProgrammeRunError('day-locked', `Day ${String(day)} is not open on ${now}`);
  }
  return { ...run, completed: [...run.completed, { day, on: now }] };
}

/** Stops a run before its end (the person may start it again later as a new run). */
export function stopProgrammeRun(run: ProgrammeRunState, today: string): ProgrammeRunState {
  return { ...run, stoppedOn: isoDate(today) };
}
