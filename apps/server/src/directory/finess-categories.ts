// Which FINESS establishments Oz lists, and as what (docs/reference/finess-format.md §3.2).
import type { StructureType } from '@oz/contracts';

const TYPE_BY_CATEGORY: Readonly<Record<string, StructureType>> = {
  '197': 'csapa', // Centre soins accompagnement prévention addictologie (CSAPA)
  '178': 'caarud', // Ctre.Accueil/Accomp.Réduc.Risq.Usag. Drogues (CAARUD)
  // Hospital sites: FINESS records sites, not services; Oz says « ask for the addiction consultation / ELSA ».
  '101': 'hospital', // Centre Hospitalier Régional (C.H.R.)
  '355': 'hospital', // Centre Hospitalier (C.H.)
  '106': 'hospital', // Centre hospitalier, ex Hôpital local
  '292': 'hospital', // Centre Hospitalier Spécialisé lutte Maladies Mentales (often runs addictology units)
};

/**
 * Sites that are not a place to ask for help with alcohol, recognised by their FINESS name
 * (docs/reference/finess-format.md §3.2, extended after reading the Haute-Garonne sample): pharmacies,
 * sterilisation, schools (IFSI/IFAS), emergency transport (SMUR), long-stay/elderly care (USLD, EHPAD, GERONTO), home hospitalisation
 * (HAD), rehabilitation (CRF), oncology, child psychiatry day units (PIJ = psychiatrie infanto-juvénile),
 * day-hospital and outpatient satellites (HJ, CMP, CATTP) and administrative "sectorisation" entries.
 */
const NON_CARE_SITE =
  /\b(PHARMACIE|STERILISATION|LOGIPHARMA|IFSI|IFAS|SMUR|USLD|EHPAD|HAD|CRF|GERONTO|ONCOPOLE|PIJ|HJ|CMP|CATTP|SECTORISATION)\b/;

/** Name marks of a Consultation Jeunes Consommateurs run by a CSAPA (no FINESS category of its own). */
const CJC_NAME = /\bCJC\b|JEUNES CONSOMMATEURS/;

export type CategoryDecision =
  { kind: 'listed'; type: StructureType } | { kind: 'ignored' } | { kind: 'skipped'; reason: string };

export function decideFinessCategory(categoryCode: string, name: string): CategoryDecision {
  const type = TYPE_BY_CATEGORY[categoryCode];
  if (type === undefined) return { kind: 'ignored' };
  const upperName = name.toUpperCase();
  if (upperName.startsWith('[FERMÉ]') || upperName.startsWith('[FERME]')) {
    return { kind: 'skipped', reason: 'closed establishment ([Fermé] in its name)' };
  }
  const nonCare = NON_CARE_SITE.exec(upperName);
  if (nonCare !== null)
    return { kind: 'skipped', reason: `not a care site for addiction (${nonCare[1] ?? ''})` };
  if (type === 'csapa' && CJC_NAME.test(upperName)) return { kind: 'listed', type: 'cjc' };
  return { kind: 'listed', type };
}
