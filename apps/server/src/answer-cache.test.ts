import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.js';

const counting = (capacity: number) => {
  const computed: string[] = [];
  const answers = new AnswerCache(capacity);
  const cache = {
    get: (key: string) =>
      answers.get(key, () => {
        computed.push(key);
        return `answer:${key}`;
      }),
    get size() {
      return answers.size;
    },
  };
  return { cache, computed };
};

describe('AnswerCache', () => {
  it('computes an answer once and serves it again', () => {
    const { cache, computed } = counting(3);
    expect(cache.get('pa')).toBe('answer:pa');
    expect(cache.get('pa')).toBe('answer:pa');
    expect(computed).toEqual(['pa']);
  });

  it('forgets the least recently used answer when full', () => {
    const { cache, computed } = counting(2);
    cache.get('a');
    cache.get('b');
    cache.get('a'); // a is now more recent than b
    cache.get('c'); // evicts b
    cache.get('a');
    cache.get('b');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });

  it('always answers what the computation gives, and never holds more than its capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }),
        (capacity, keys) => {
          const { cache } = counting(capacity);
          for (const key of keys) {
            expect(cache.get(key)).toBe(`answer:${key}`);
            expect(cache.size).toBeLessThanOrEqual(capacity);
          }
        },
      ),
    );
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new AnswerCache(0)).toThrow(RangeError);
    expect(() => new AnswerCache(1.5)).toThrow(RangeError);
  });

  it('keeps nothing when the computation fails', () => {
    const answers = new AnswerCache(2);
    expect(() =>
      answers.get('x', () => {
        throw new RangeError('no');
      }),
    ).toThrow(RangeError);
    expect(answers.size).toBe(0);
  });
});
