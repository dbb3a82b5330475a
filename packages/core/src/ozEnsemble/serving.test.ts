import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardDrinks } from '../drinks/alcohol.js';
import { abvForDoses, keptServing, ozeServing, ozeVolumeMl } from './serving.js';

describe('ozeVolumeMl', () => {
  it.each<[string | number | null | undefined, number | undefined]>([
    ['25 cl', 250],
    ['33 cl', 330],
    ['5cl gin 40%', 50],
    ['6 cl vodka et liqueur 40%', 60],
    ['28cl liqueur et bière 18%', 280],
    ['10cl apéritif et prosecco 11%', 100],
    ['7,5 cl', 75],
    ['330 ml', 330],
    ['1 l', 1000],
    [33, 330],
    ['33', 330],
    ['1 grand verre', undefined],
    ['un verre', undefined],
    ['', undefined],
    ['0 cl', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %s ml', (volume, ml) => {
    expect(ozeVolumeMl(volume)).toBe(ml);
  });
});

describe('ozeServing', () => {
  it('keeps Oz Ensemble doses exactly, whatever the volume text says of the ABV', () => {
    const gin = ozeServing('5cl gin 40%', 1.6);
    expect(gin).toEqual({ kind: 'ok', volumeMl: 50, abvPercent: 40 });
    const picon = ozeServing('28cl liqueur et bière 18%', 1.6);
    if (picon.kind !== 'ok') throw new Error(picon.kind);
    expect(standardDrinks(picon.volumeMl, picon.abvPercent)).toBeCloseTo(1.6, 10);
  });

  it('derives the volume from the declared ABV when the text has no amount', () => {
    const serving = ozeServing('un verre', 1.2, 12);
    if (serving.kind !== 'ok') throw new Error(serving.kind);
    expect(serving.abvPercent).toBe(12);
    expect(standardDrinks(serving.volumeMl, serving.abvPercent)).toBeCloseTo(1.2, 10);
  });

  it('says when the volume cannot be read, and when the doses cannot fit the volume', () => {
    expect(ozeServing('un verre', 1.2)).toEqual({ kind: 'unreadable-volume' });
    expect(ozeServing('un verre', 1.2, null)).toEqual({ kind: 'unreadable-volume' });
    expect(ozeServing('2 cl', 5)).toEqual({ kind: 'inconsistent' });
  });

  it('reproduces any doses for any readable volume (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 80 }), (cl, tenths) => {
        const doses = tenths / 10;
        const serving = ozeServing(`${String(cl)} cl`, doses);
        fc.pre(serving.kind === 'ok');
        if (serving.kind !== 'ok') return;
        expect(standardDrinks(serving.volumeMl, serving.abvPercent)).toBeCloseTo(doses, 9);
      }),
    );
  });
});

describe('keptServing', () => {
  it.each([0.5, 1, 1.2, 7.5, 24, 150])('keeps %s standard drinks exactly', (doses) => {
    const serving = keptServing(doses);
    expect(standardDrinks(serving.volumeMl, serving.abvPercent)).toBeCloseTo(doses, 9);
    expect(serving.volumeMl).toBeLessThanOrEqual(10_000);
  });

  it('reads as one 10 cl glass at 12.5 % per standard drink', () => {
    expect(keptServing(1.2)).toEqual({ volumeMl: 120, abvPercent: 12.5 });
    expect(abvForDoses(100, 1)).toBe(12.5);
  });
});
