// Programme years: 12 consecutive months from the programme's start month (year 1 is the first). Reports cover
// one year at a time, fixed and non-overlapping, so no two reports can be subtracted to reveal a small count.

/** 'YYYY-MM' + n months. */
export function addMonths(month: string, count: number): string {
  const [year = 1970, monthNumber = 1] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

export function monthOf(instant: Date): string {
  return instant.toISOString().slice(0, 7);
}

export interface ProgrammeYear {
  readonly number: number;
  readonly from: string;
  readonly to: string;
  /** The year's months up to `currentMonth` (a year in progress shows its months so far). */
  readonly months: readonly string[];
}

/** How many programme years have started by `currentMonth` (at least 1). */
export function startedYears(programmeStart: string, currentMonth: string): number {
  const elapsed = monthsFrom(programmeStart, currentMonth).length;
  return Math.max(1, Math.ceil(elapsed / 12));
}

export function programmeYear(programmeStart: string, number: number, currentMonth: string): ProgrammeYear {
  const from = addMonths(programmeStart, 12 * (number - 1));
  const to = addMonths(from, 11);
  return { number, from, to, months: monthsFrom(from, to < currentMonth ? to : currentMonth) };
}
