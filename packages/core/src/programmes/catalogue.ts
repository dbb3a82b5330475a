import { MOIS_SANS_ALCOOL, PREMIERS_PAS, REDUIRE_28_JOURS } from './content/programmes.js';
import type { Programme, ProgrammeId } from './programme.js';

/*
 * The programmes' content, exported as `@oz/core/programmes` rather than from the package's index: the texts
 * then ship only in the chunks of the programme screens, not in every screen that imports @oz/core.
 */

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
