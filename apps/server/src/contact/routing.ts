// Which département a request comes from, to route it to the structure serving that area (issue 5, Routing).
// The shipped places index knows the commune, hence the département, of every postal code it holds (a code
// can cross a border); @oz/core's numbering rule (Corsica, overseas) is the fallback for codes it lacks.
import { departementOfPostalCode } from '@oz/core';
import type { PlaceResolution } from '../places/places-index.js';

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
