import { StructureSearchQuerySchema } from '@oz/contracts';
import fc from 'fast-check';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { plainCoordinatesQuery, searchQueryValidatorCompiler } from './coordinates-query.js';

/** Decimal strings as clients write them, and near misses of the contract's pattern. */
const numberText = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }).map((value) => value.toFixed(4)),
  fc.double({ min: -100, max: 100, noNaN: true }).map(String),
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.constantFrom(
    '90',
    '-90',
    '180',
    '-180',
    '90.0000001',
    '-0',
    '0',
    '1e3',
    '0x10',
    ' 12',
    '12 ',
    '',
    '.5',
    '5.',
  ),
  fc.string({ maxLength: 8 }),
);
const limitText = fc.oneof(
  fc.integer({ min: -5, max: 120 }).map(String),
  fc.constantFrom('0', '1', '100', '101', '020', '1.0', '', ' 5', '9999999999'),
);
const queryValue = fc.oneof(numberText, fc.array(numberText, { minLength: 1, maxLength: 2 }));
const query = fc.record(
  {
    lat: queryValue,
    lon: queryValue,
    limit: fc.oneof(limitText, fc.array(limitText, { maxLength: 2 })),
    near: fc.constantFrom('75011', 'Lyon', ''),
    types: fc.constantFrom('csapa', 'csapa,cjc', 'nope'),
    public: fc.constantFrom('adults', 'young'),
    other: fc.string({ maxLength: 4 }),
  },
  { requiredKeys: [] },
);

describe('plainCoordinatesQuery', () => {
  it('accepts only what the contract accepts, with the very same value', () => {
    fc.assert(
      fc.property(query, (input) => {
        const plain = plainCoordinatesQuery({ ...input });
        if (plain === undefined) return;
        const parsed = StructureSearchQuerySchema.safeParse({ ...input });
        expect(parsed.success).toBe(true);
        expect(plain).toStrictEqual(parsed.data);
        expect(Object.is(plain.lat, parsed.data?.lat) && Object.is(plain.lon, parsed.data?.lon)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the plain shapes clients send without zod', () => {
    expect(plainCoordinatesQuery({ lat: '48.8566', lon: '2.3522' })).toEqual({
      lat: 48.8566,
      lon: 2.3522,
      limit: 20,
    });
    expect(plainCoordinatesQuery({ lat: '-90', lon: '180', limit: '100' })).toEqual({
      lat: -90,
      lon: 180,
      limit: 100,
    });
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (lat, lon) => plainCoordinatesQuery({ lat: lat.toFixed(5), lon: lon.toFixed(5) }) !== undefined,
      ),
    );
  });

  it('leaves every other shape and every error to zod', () => {
    for (const input of [
      { lat: '91', lon: '2' },
      { lat: '48', lon: '2', limit: '0' },
      { lat: '48', lon: '2', limit: '101' },
      { lat: '48', lon: '2', near: 'Lyon' },
      { lat: '48', lon: '2', types: 'csapa' },
      { lat: ['48', '49'], lon: '2' },
      { lat: '48' },
      { lat: '1e1', lon: '2' },
      { lat: '48', lon: '2', limit: undefined },
      { near: '75011' },
      null,
      '48,2',
    ])
      expect(plainCoordinatesQuery(input)).toBeUndefined();
  });
});

describe('searchQueryValidatorCompiler', () => {
  const route = {
    schema: StructureSearchQuerySchema,
    method: 'GET',
    url: '/api/structures',
    httpPart: 'querystring',
  };
  const validate = searchQueryValidatorCompiler(route);
  const byZod = validatorCompiler(route);

  it('answers as zod does, values and errors alike', () => {
    fc.assert(
      fc.property(query, (input) => {
        expect(validate({ ...input })).toStrictEqual(byZod({ ...input }));
      }),
      { numRuns: 2000 },
    );
    expect(validate({ lat: '48.85', lon: '2.35' })).toEqual({ value: { lat: 48.85, lon: 2.35, limit: 20 } });
    expect(validate({ lat: '48.85' })).toHaveProperty('error');
  });

  it('refuses to validate anything but the query string', () => {
    expect(() => searchQueryValidatorCompiler({ ...route, httpPart: 'body' })).toThrow(TypeError);
  });
});
