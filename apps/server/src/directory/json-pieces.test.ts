import { displayedKm } from '@oz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonPieces, assembleAnswer, structurePieces } from './json-pieces.js';
import type { HitList } from './top-hits.js';

const objects = fc.array(
  fc.record({ id: fc.string({ unit: 'grapheme' }), name: fc.string({ unit: 'grapheme' }), n: fc.integer() }),
  { minLength: 1, maxLength: 30 },
);
const withoutClosingBrace = (value: object): string => JSON.stringify(value).slice(0, -1);

/** A search's result as the search hands it over (columns, best first). */
function hitList(hits: readonly { position: number; distanceKm: number }[]): HitList {
  return {
    count: hits.length,
    positions: Int32Array.from(hits, (hit) => hit.position),
    distancesKm: Float64Array.from(hits, (hit) => hit.distanceKm),
    ranksKm: Float64Array.from(hits, (hit) => hit.distanceKm),
  };
}

describe('JsonPieces', () => {
  it('gives back each piece as it was given, whatever characters it and its suffix hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' })),
        fc.string({ unit: 'grapheme' }),
        (texts, suffix) => {
          const pieces = new JsonPieces(texts, suffix);
          expect(pieces.count).toBe(texts.length);
          texts.forEach((text, index) => {
            expect(pieces.text(index)).toBe(text);
            expect(pieces.lengthOf(index)).toBe(Buffer.byteLength(text + suffix));
            const copy = Buffer.alloc(pieces.lengthOf(index) + 2);
            expect(pieces.copyInto(index, copy, 1)).toBe(pieces.lengthOf(index) + 1);
            expect(copy.toString('utf8', 1, copy.length - 1)).toBe(text + suffix);
          });
        },
      ),
    );
  });
});

describe('assembleAnswer', () => {
  it('writes the JSON that serialising the answer would, distances as displayedKm rounds them', () => {
    fc.assert(
      fc.property(
        objects,
        // Up to half a great circle, the farthest a haversine gives (the room reserved per distance).
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 20_015.1, noNaN: true })), { maxLength: 25 }),
        fc.string({ unit: 'grapheme' }),
        (values, picks, placeName) => {
          const pieces = structurePieces(values.map(withoutClosingBrace));
          const hits = picks.map(([pick, distanceKm]) => ({ position: pick % values.length, distanceKm }));
          const head = `{"place":${JSON.stringify({ name: placeName })},"structures":[`;
          const answer = assembleAnswer(
            head,
            pieces,
            hitList(hits),
            Buffer.from('],"coverage":{"total":1}}'),
          );
          expect(JSON.parse(answer.toString('utf8'))).toEqual({
            place: { name: placeName },
            structures: hits.map((hit) => ({
              ...values[hit.position],
              distanceKm: displayedKm(hit.distanceKm),
            })),
            coverage: { total: 1 },
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes distances without a trailing .0, to the nearest 100 m', () => {
    const pieces = structurePieces(['{"id":"a"']);
    const distances = [0, 0.04, 0.05, 9.96, 12.349, 1234.56];
    const answer = assembleAnswer(
      '[',
      pieces,
      hitList(distances.map((distanceKm) => ({ position: 0, distanceKm }))),
      Buffer.from(']'),
    ).toString('utf8');
    expect(answer).toBe(
      '[{"id":"a","distanceKm":0},{"id":"a","distanceKm":0},{"id":"a","distanceKm":0.1},' +
        '{"id":"a","distanceKm":10},{"id":"a","distanceKm":12.3},{"id":"a","distanceKm":1234.6}]',
    );
  });

  it('never hands out the same bytes twice: earlier answers stay intact across slabs, large ones included', () => {
    const pieces = structurePieces([`{"name":"${'é'.repeat(400)}"`, `{"name":"${'x'.repeat(200_000)}"`]);
    const small = (index: number) =>
      assembleAnswer(
        `{"n":${index},"s":[`,
        pieces,
        hitList([{ position: 0, distanceKm: index }]),
        Buffer.from(']}'),
      );
    // ~900 bytes each: 3,000 answers span more than two 1 MB slabs.
    const answers = Array.from({ length: 3_000 }, (_, index) => small(index));
    const large = assembleAnswer('[', pieces, hitList([{ position: 1, distanceKm: 1 }]), Buffer.from(']'));
    answers.forEach((answer, index) => {
      expect(JSON.parse(answer.toString('utf8'))).toEqual({
        n: index,
        s: [{ name: 'é'.repeat(400), distanceKm: index }],
      });
    });
    expect(JSON.parse(large.toString('utf8'))).toEqual([{ name: 'x'.repeat(200_000), distanceKm: 1 }]);
  });
});
