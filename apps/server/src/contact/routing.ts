// Which département a request comes from, to route it to the structure serving that area (issue 5, Routing).
// The shipped places index knows the département of every postal code; this rule is the fallback for codes it
// lacks. Source: La Poste postal codes start with the département number, except Corsica (20xxx: 200–201 →
// 2A Corse-du-Sud, 202–206 → 2B Haute-Corse) and overseas (97x/98x: three digits).
import type { PlaceResolution } from '../places/places-index.js';

export function departementOfPostalCode(postalCode: string): string | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined;
  if (postalCode.startsWith('20')) return Number(postalCode.slice(0, 3)) <= 201 ? '2A' : '2B';
  if (postalCode.startsWith('97') || postalCode.startsWith('98')) return postalCode.slice(0, 3);
  if (postalCode === '00000') return undefined;
  return postalCode.slice(0, 2);
}

/** The département of a postal code: from the places index when it knows the code, else the numbering rule. */
export function departementOf(
  postalCode: string,
  resolve: (query: string) => PlaceResolution,
): string | undefined {
  const resolution = resolve(postalCode);
  if (resolution.kind === 'found' && resolution.place.departement !== undefined)
    return resolution.place.departement;
  if (resolution.kind === 'ambiguous') {
    const departements = new Set(resolution.candidates.map((candidate) => candidate.departement));
    const [only] = [...departements];
    if (departements.size === 1 && only !== undefined) return only;
  }
  return departementOfPostalCode(postalCode);
}
