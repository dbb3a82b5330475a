import { describe, expect, it } from 'vitest';
import { normalisePlaceName } from './text.js';

describe('normalisePlaceName', () => {
  it.each([
    ['Saint-Étienne', 'SAINT ETIENNE'],
    ['ST ETIENNE', 'SAINT ETIENNE'],
    ['  saint   étienne ', 'SAINT ETIENNE'],
    ["L'Haÿ-les-Roses", 'L HAY LES ROSES'],
    ['Sainte-Colombe', 'SAINTE COLOMBE'],
    ['STE COLOMBE', 'SAINTE COLOMBE'],
    ['Œuilly', 'OEUILLY'],
    ['Paris 11e Arrondissement', 'PARIS 11E ARRONDISSEMENT'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePlaceName(input)).toBe(expected);
  });
});
