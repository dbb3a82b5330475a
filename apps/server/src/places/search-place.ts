// Where a structure search is centred: a postal code or commune typed by the person (`near`), or coordinates.
// The domain errors map to HTTP in one place (error-handler.ts): ambiguous 409 with candidates, unknown 404.
import type { Place, StructureSearchQuery } from '@oz/contracts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import type { PlacesIndex } from './places-index.js';

export function searchPlaceOf(places: PlacesIndex, query: StructureSearchQuery): Place {
  if (query.near === undefined) {
    if (query.lat === undefined || query.lon === undefined) {
      throw new InvalidInputError(
        'invalid_request',
        'near: near (postal code or commune) or lat/lon is required',
      );
    }
    return { kind: 'coordinates', label: 'Position', latitude: query.lat, longitude: query.lon };
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
