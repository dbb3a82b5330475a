// Where a structure search is centred: a postal code or commune typed by the person (`near`), or coordinates.
// The domain errors map to HTTP in one place (error-handler.ts): ambiguous 409 with candidates, unknown 404.
import type { Place, StructureSearchQuery } from '@oz/contracts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import type { PlacesIndex } from './places-index.js';

/** The label of a search by coordinates (the app shows its own words for it). */
const POSITION_LABEL = 'Position';

export function searchPlaceOf(places: PlacesIndex, query: StructureSearchQuery): Place {
  if (query.near === undefined) {
    if (query.lat === undefined || query.lon === undefined) {
      throw new InvalidInputError(
        'invalid_request',
        'near: near (postal code or commune) or lat/lon is required',
      );
    }
    return { kind: 'coordinates', label: POSITION_LABEL, latitude: query.lat, longitude: query.lon };
  }
  const resolution = places.resolve(query.near);
  if (resolution.kind === 'found') return resolution.place;
  if (resolution.kind === 'ambiguous') {
    throw new ConflictError(
      'ambiguous_place',
      `"${query.near}" matches ${resolution.candidates.length} communes: choose one of the candidates.`,
      { candidates: resolution.candidates },
    );
  }
  throw new NotFoundError('place_not_found', `No French postal code or commune matches "${query.near}".`);
}

/**
 * JSON.stringify(place), written directly for a position: positions are searched anew on every request
 * (search-answers.ts caches the others) and stringify's walk of the object was ~1.5 % of such a request
 * (callgrind, issue 13). Numbers print alike in both (ECMAScript Number::toString).
 */
export function placeJson(place: Place): string {
  const isPosition =
    place.kind === 'coordinates' &&
    place.label === POSITION_LABEL &&
    place.query === undefined &&
    place.postalCode === undefined &&
    place.inseeCode === undefined &&
    place.departement === undefined;
  return isPosition
    ? `{"kind":"coordinates","label":"${POSITION_LABEL}","latitude":${place.latitude},"longitude":${place.longitude}}`
    : JSON.stringify(place);
}
