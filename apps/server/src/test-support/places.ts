// The real shipped places index, built once per test file (about half a second).
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../config.js';
import { COMMUNES_FILE, POSTAL_CODES_FILE } from '../directory/shipped-data.js';
import { PlacesIndex } from '../places/places-index.js';

let shared: PlacesIndex | undefined;

export function shippedPlaces(): PlacesIndex {
  shared ??= PlacesIndex.fromFiles(
    join(REPOSITORY_ROOT, 'data', COMMUNES_FILE),
    join(REPOSITORY_ROOT, 'data', POSTAL_CODES_FILE),
  );
  return shared;
}
