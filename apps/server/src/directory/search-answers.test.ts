import { StructureSearchQuerySchema, StructureSearchResponseSchema } from '@oz/contracts';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { shippedPlaces } from '../test-support/places.js';
import { aStructure } from '../test-support/structure.fixture.js';
import { DirectoryIndex } from './directory-index.js';
import { SearchAnswers } from './search-answers.js';

const query = (raw: Record<string, string>) => StructureSearchQuerySchema.parse(raw);

/** The shipped places, counting how many searches by place actually resolved their place. */
function countingPlaces() {
  const places = shippedPlaces();
  const counter = { resolved: 0 };
  const counting = Object.create(places) as typeof places;
  counting.resolve = (text: string) => {
    counter.resolved += 1;
    return places.resolve(text);
  };
  return { places: counting, counter };
}

const parisIndex = (version: number, name: string) =>
  DirectoryIndex.of(
    [aStructure({ id: 'curated-paris', name, latitude: 48.8589, longitude: 2.3797 })],
    version,
  );

describe('SearchAnswers', () => {
  it('answers a repeated search by place from its cache, the very answer computed the first time', () => {
    const { places, counter } = countingPlaces();
    const answers = new SearchAnswers(places);
    const index = parisIndex(1, 'CSAPA du 11e');
    const first = answers.body(index, query({ near: '75011' }));
    expect(answers.body(index, query({ near: '75011' }))).toBe(first);
    expect(counter.resolved).toBe(1);
    const parsed = StructureSearchResponseSchema.parse(JSON.parse(first.toString('utf8')));
    expect(parsed.place.postalCode).toBe('75011');
    expect(parsed.structures.map((structure) => structure.name)).toEqual(['CSAPA du 11e']);
  });

  it('keeps searches apart that differ by filter or limit', () => {
    const { places, counter } = countingPlaces();
    const answers = new SearchAnswers(places);
    const index = parisIndex(1, 'CSAPA du 11e');
    answers.body(index, query({ near: '75011' }));
    const cjcOnly = answers.body(index, query({ near: '75011', types: 'cjc' }));
    answers.body(index, query({ near: '75011', limit: '5' }));
    expect(counter.resolved).toBe(3);
    expect(StructureSearchResponseSchema.parse(JSON.parse(cjcOnly.toString('utf8'))).structures).toEqual([]);
  });

  it('starts afresh with a new directory index: a change is in the next answer', () => {
    const answers = new SearchAnswers(shippedPlaces());
    answers.body(parisIndex(1, 'Ancien nom'), query({ near: '75011' }));
    const after = answers.body(parisIndex(2, 'Nouveau nom'), query({ near: '75011' }));
    expect(StructureSearchResponseSchema.parse(JSON.parse(after.toString('utf8'))).structures[0]?.name).toBe(
      'Nouveau nom',
    );
  });

  it('computes every search by coordinates, and keeps no failed search', () => {
    const { places, counter } = countingPlaces();
    const answers = new SearchAnswers(places, 4);
    const index = parisIndex(1, 'CSAPA du 11e');
    const at = query({ lat: '48.85', lon: '2.35' });
    expect(answers.body(index, at)).toEqual(answers.body(index, at));
    expect(counter.resolved).toBe(0);
    for (let attempt = 0; attempt < 2; attempt += 1)
      expect(() => answers.body(index, query({ near: '00000' }))).toThrow(NotFoundError);
    expect(counter.resolved).toBe(2);
  });
});
