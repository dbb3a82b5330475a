import { MOIS_SANS_ALCOOL, PREMIERS_PAS, REDUIRE_28_JOURS } from './content/programmes.js';
import type { Programme, ProgrammeId } from './programme.js';

/** Every programme, in the order the « Programmes » screen lists them. */
export const PROGRAMMES: readonly Programme[] = [PREMIERS_PAS, REDUIRE_28_JOURS, MOIS_SANS_ALCOOL];

const BY_ID: ReadonlyMap<ProgrammeId, Programme> = new Map(
  PROGRAMMES.map((programme) => [programme.id, programme]),
);

export function programmeById(id: ProgrammeId): Programme {
  const programme = BY_ID.get(id);
  // PROGRAMMES holds one programme per id (catalogue.test.ts), so this never happens.
  if (programme === undefined) throw new RangeError(`No programme ${id}`);
  return programme;
}

/** Programme week (1-based) of a 1-based day: days 1–7 are week 1. */
export function programmeWeek(day: number): number {
  return Math.ceil(day / 7);
}
