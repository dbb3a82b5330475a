import { describe, expect, it } from 'vitest';
import { parseOzEnsembleTransfer } from './ozensemble.js';
import { parseOzEnsembleCsv } from './ozensembleCsv.js';
import { OzEnsembleFormatError, ozeVolumeCl } from './ozensembleShared.js';

describe('Oz Ensemble transfer file', () => {
  it('keeps valid lines, counts bad ones, and lists keys it does not import', () => {
    const transfer = parseOzEnsembleTransfer({
      '@Drinks': [
        { id: 'x1', drinkKey: 'beer-half', quantity: 1, timestamp: 1741600000000 },
        { id: 'x2', drinkKey: 'beer-half', quantity: -1, timestamp: 1741600000000 },
      ],
      '@OwnDrinks': JSON.stringify([
        { categoryKey: 'ownDrink', drinkKey: 'Cidre', volume: '50 cl', doses: 2, isDeleted: true },
      ]),
      '@Gender': 'man',
      '@Quizz_result': 'addicted',
      '@Badges': [],
    });
    expect(transfer.drinks.map((drink) => drink.id)).toEqual(['x1']);
    expect(transfer.rejected).toBe(1);
    expect(transfer.ownDrinks).toEqual([]);
    expect(transfer.gender).toBe('male');
    expect(transfer.quizResult).toBe('addicted');
    expect(transfer.ignoredKeys).toEqual(['@Badges']);
  });

  it('refuses what is not an Oz Ensemble diary', () => {
    expect(() => parseOzEnsembleTransfer([])).toThrow(OzEnsembleFormatError);
    expect(() => parseOzEnsembleTransfer({ '@Gender': 'woman' })).toThrow(/No @Drinks/);
  });

  it('reads volumes written "25 cl", "330 ml" or as a number of cl', () => {
    expect(ozeVolumeCl('25 cl')).toBe(25);
    expect(ozeVolumeCl('330 ml')).toBe(33);
    expect(ozeVolumeCl('7,5 cl')).toBe(7.5);
    expect(ozeVolumeCl(50)).toBe(50);
    expect(ozeVolumeCl('beaucoup')).toBeNull();
  });
});

describe('Oz Ensemble e-mailed CSV', () => {
  it('reads DD/MM/YYYY lines, drink-free days and unquoted names with commas', () => {
    const csv = parseOzEnsembleCsv(
      [
        'Date,Consommation,Unité(s),Quantité,Volume,Calories,Prix (Euros)',
        '01/02/2025,wine,1,2,10 cl,70,4 ',
        '02/02/2025,Pas bu ce jour,0,1,0,0,0 ',
        '03/02/2025,Punch, maison (18%),1.6,1,5 cl,180,6',
        '31/02/2025,oops',
      ].join('\r\n'),
    );
    expect(csv.rows.map((row) => [row.date, row.name, row.drinkFree, row.quantity])).toEqual([
      ['2025-02-01', 'wine', false, 2],
      ['2025-02-02', 'Pas bu ce jour', true, 1],
      ['2025-02-03', 'Punch, maison (18%)', false, 1],
    ]);
    expect(csv.rejectedLines).toEqual([5]);
  });

  it('refuses a file without the Oz Ensemble header', () => {
    expect(() => parseOzEnsembleCsv('a,b,c\n1,2,3')).toThrow(OzEnsembleFormatError);
  });
});
