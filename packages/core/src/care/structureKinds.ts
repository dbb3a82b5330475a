/*
 * The kinds of care structure in Oz's directory and the publics they welcome: pure data shared by the server's
 * schemas (@oz/contracts builds its zod enums from these lists) and the PWA's care finder, which reads them
 * without evaluating any schema at start-up (ADR 0009).
 */

/**
 * Kinds of structure. `hospital` = a hospital site where one asks for the addiction consultation or the ELSA.
 * Source: Code de la santé publique art. D3411-1 (CSAPA) and L.3121-5 (CAARUD), circulaire DHOS/DGS of
 * 8 Sept 2000 (ELSA), MILDECA on CJC — https://www.legifrance.gouv.fr/ ;
 * http://www.drogues.gouv.fr/actualites/dossiers/prevenir-accompagner-consultations-jeunes-consommateurs
 * (see docs/reference/clinical-sources.md C.1–C.4)
 */
export const STRUCTURE_TYPES = [
  'csapa',
  'cjc',
  'caarud',
  'elsa',
  'hospital',
  'association',
  'other',
] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

/**
 * Who a structure welcomes: adults, young people (CJC: 12–25 in most sources), family and friends (CSAPA and CJC
 * missions include the entourage).
 * Source: MILDECA, consultations jeunes consommateurs —
 * http://www.drogues.gouv.fr/actualites/dossiers/prevenir-accompagner-consultations-jeunes-consommateurs ;
 * Code de la santé publique art. D3411-1 (see docs/reference/clinical-sources.md C.1, C.2)
 */
export const PUBLICS = ['adults', 'young', 'entourage'] as const;
export type Public = (typeof PUBLICS)[number];

/** Narrows any value (a query parameter, a form field) to a structure kind, or undefined. */
export function asStructureType(value: unknown): StructureType | undefined {
  return STRUCTURE_TYPES.find((type) => type === value);
}

/** Narrows any value to a public, or undefined. */
export function asPublic(value: unknown): Public | undefined {
  return PUBLICS.find((served) => served === value);
}
