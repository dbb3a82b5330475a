// The JSON of GET /api/structures. A search by place (`near`: a postal code or a commune) is answered from a
// bounded cache that belongs to one directory index: the same place, filters and limit give the same answer
// until the directory changes, and a new index (a change, ADR 0006) starts an empty cache, so a cached answer is
// never older than the index it came from. A search by coordinates is computed each time: positions hardly
// ever repeat, and caching them would only fill the cache.
import type { StructureSearchQuery } from '@oz/contracts';
import { AnswerCache } from '../answer-cache.js';
import type { PlacesIndex } from '../places/places-index.js';
import { searchPlaceOf } from '../places/search-place.js';
import type { DirectoryIndex } from './directory-index.js';

/** Distinct place searches kept per index (each answer ≈ 10 KB): 20 MB at most. */
export const PLACE_SEARCHES_CACHED = 2_000;

export class SearchAnswers {
  private cache: { index: DirectoryIndex; answers: AnswerCache<Buffer> } | undefined;

  constructor(
    private readonly places: PlacesIndex,
    private readonly capacity = PLACE_SEARCHES_CACHED,
  ) {}

  /** The answer's UTF-8 JSON. */
  body(index: DirectoryIndex, query: StructureSearchQuery): Buffer {
    if (query.near === undefined) return this.compute(index, query);
    if (this.cache?.index !== index) this.cache = { index, answers: new AnswerCache<Buffer>(this.capacity) };
    return this.cache.answers.get(placeSearchKey(query), () => this.compute(index, query));
  }

  private compute(index: DirectoryIndex, query: StructureSearchQuery): Buffer {
    const place = searchPlaceOf(this.places, query);
    return index.searchBody(place, {
      center: place,
      types: query.types,
      publicServed: query.public,
      limit: query.limit,
    });
  }
}

/** Everything a search by place depends on; JSON keeps the parts apart whatever characters `near` holds. */
function placeSearchKey(query: StructureSearchQuery): string {
  return JSON.stringify([query.near, query.types ?? null, query.public ?? null, query.limit]);
}
