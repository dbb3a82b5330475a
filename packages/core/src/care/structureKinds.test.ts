import { describe, expect, it } from 'vitest';
import { asPublic, asStructureType, PUBLICS, STRUCTURE_TYPES } from './structureKinds.js';

describe('structure kinds and publics', () => {
  it.each(STRUCTURE_TYPES.map((type) => [type]))('reads %s as a structure kind', (type) => {
    expect(asStructureType(type)).toBe(type);
  });

  it.each(PUBLICS.map((served) => [served]))('reads %s as a public', (served) => {
    expect(asPublic(served)).toBe(served);
  });

  it.each([[null], [undefined], [''], ['CSAPA'], ['young'], [42]])(
    'refuses %j as a structure kind',
    (value) => {
      expect(asStructureType(value)).toBeUndefined();
    },
  );

  it.each([[null], [''], ['Young'], ['csapa'], [{}]])('refuses %j as a public', (value) => {
    expect(asPublic(value)).toBeUndefined();
  });
});
