import type { OzeCsvRejectedReason, OzeRejectedReason } from '@oz/contracts';
import type { IsoDate } from '@oz/core';
import type { CustomDrinkRecord, DrinkEntryRecord } from '../../../../storage/types.js';

/*
 * Lines of an Oz Ensemble file that Oz could not read, grouped by drink and reason so the preview names each
 * one (which drink, which days, why) instead of a bare count. When the file gives the line's standard drinks
 * (an own drink's `doses`, the CSV's « Unité(s) »), the group carries what keeping it would add: the person
 * chooses, nothing is kept silently.
 */

export type ProblemReason =
  OzeRejectedReason | OzeCsvRejectedReason | 'unknown-drink' | 'inconsistent-volume' | 'note-shortened';

export interface KeepOption {
  /** Standard drinks of one serving, as the file says. */
  readonly standardDrinksPerServing: number;
  /** Added to « Mes boissons » (null when the person had deleted that drink in Oz Ensemble). */
  readonly customDrink: CustomDrinkRecord | null;
  readonly entries: readonly DrinkEntryRecord[];
}

export interface ImportProblem {
  /** Stable within one reading, for the preview's choices. */
  readonly id: string;
  /** The drink as the file names it, when known. */
  readonly drink: string | null;
  readonly reason: ProblemReason;
  /** The text that could not be read (a volume, a day), when there is one. */
  readonly detail: string | null;
  /** Days of the lines, oldest first (lines whose day is unreadable add none). */
  readonly dates: readonly IsoDate[];
  readonly lines: number;
  readonly keep: KeepOption | null;
}

export interface ProblemLine {
  readonly drink: string | null;
  readonly reason: ProblemReason;
  readonly detail?: string | null;
  readonly date?: IsoDate | null;
  /** What keeping this line adds (its entry, and the drink it is made of). */
  readonly keep?: {
    readonly standardDrinksPerServing: number;
    readonly customDrink: CustomDrinkRecord | null;
    readonly entry: DrinkEntryRecord;
  };
}

interface Group {
  drink: string | null;
  reason: ProblemReason;
  detail: string | null;
  dates: Set<IsoDate>;
  lines: number;
  keep: {
    standardDrinksPerServing: number;
    customDrink: CustomDrinkRecord | null;
    entries: DrinkEntryRecord[];
  } | null;
}

/** Collects problem lines; one group per drink, reason and keep serving. */
export class ProblemList {
  private readonly groups = new Map<string, Group>();

  add(line: ProblemLine): void {
    const serving = line.keep === undefined ? '' : String(line.keep.standardDrinksPerServing);
    const id = `${line.reason}|${line.drink ?? ''}|${line.detail ?? ''}|${serving}`;
    const group = this.groups.get(id) ?? {
      drink: line.drink,
      reason: line.reason,
      detail: line.detail ?? null,
      dates: new Set<IsoDate>(),
      lines: 0,
      keep:
        line.keep === undefined
          ? null
          : {
              standardDrinksPerServing: line.keep.standardDrinksPerServing,
              customDrink: line.keep.customDrink,
              entries: [],
            },
    };
    group.lines += 1;
    if (line.date !== undefined && line.date !== null) group.dates.add(line.date);
    if (line.keep !== undefined) group.keep?.entries.push(line.keep.entry);
    this.groups.set(id, group);
  }

  list(): ImportProblem[] {
    return [...this.groups].map(([id, group]) => ({
      id,
      drink: group.drink,
      reason: group.reason,
      detail: group.detail,
      dates: [...group.dates].sort(),
      lines: group.lines,
      keep: group.keep,
    }));
  }
}

/** The entries and drinks of the problems the person chose to keep. */
export function keptRecords(
  problems: readonly ImportProblem[],
  chosen: ReadonlySet<string>,
): { readonly entries: DrinkEntryRecord[]; readonly customDrinks: CustomDrinkRecord[] } {
  const entries: DrinkEntryRecord[] = [];
  const customDrinks = new Map<string, CustomDrinkRecord>();
  for (const problem of problems) {
    if (problem.keep === null || !chosen.has(problem.id)) continue;
    entries.push(...problem.keep.entries);
    if (problem.keep.customDrink !== null)
      customDrinks.set(problem.keep.customDrink.id, problem.keep.customDrink);
  }
  return { entries, customDrinks: [...customDrinks.values()] };
}
