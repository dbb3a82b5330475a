import { describe, expect, it } from 'vitest';
import { parseOzEnsembleTransfer } from './ozensemble.js';
import { parseOzEnsembleCsv } from './ozensembleCsv.js';
import { OzEnsembleFormatError } from './ozensembleShared.js';

describe('Oz Ensemble transfer file', () => {
  it('keeps valid lines, names bad ones with what could be read, lists keys it does not import', () => {
    const transfer = parseOzEnsembleTransfer({
      '@Drinks': [
        { id: 'x1', drinkKey: 'beer-half', quantity: 1, timestamp: 1741600000000 },
        { id: 'x2', drinkKey: 'beer-half', quantity: -1, timestamp: 1741600000000 },
        { id: 'x3', drinkKey: 'wine-glass', quantity: 1, timestamp: 'yesterday' },
        'garbage',
      ],
      '@OwnDrinks': JSON.stringify([
        { categoryKey: 'ownDrink', drinkKey: 'Cidre', volume: '50 cl', doses: 2, isDeleted: true },
        { categoryKey: 'ownCocktail', drinkKey: 'Cocktail Gin Tonic', volume: '5cl gin 40%', doses: 1.6 },
        { categoryKey: 'ownDrink', drinkKey: 'Sans doses', volume: '33 cl' },
      ]),
      '@Gender': 'man',
      '@Quizz_result': 'addicted',
      '@Badges': [],
    });
    expect(transfer.drinks.map((drink) => drink.id)).toEqual(['x1']);
    expect(transfer.rejected).toEqual([
      { key: '@Drinks', reason: 'bad-quantity', drinkKey: 'beer-half', timestamp: 1741600000000 },
      { key: '@Drinks', reason: 'bad-timestamp', drinkKey: 'wine-glass' },
      { key: '@Drinks', reason: 'bad-line' },
      { key: '@OwnDrinks', reason: 'bad-doses', drinkKey: 'Sans doses' },
    ]);
    // A deleted own drink still defines its past lines; the cocktail's volume text is kept as written.
    expect(transfer.ownDrinks.map((own) => [own.drinkKey, own.volume, own.isDeleted])).toEqual([
      ['Cidre', '50 cl', true],
      ['Cocktail Gin Tonic', '5cl gin 40%', undefined],
    ]);
    expect(transfer.gender).toBe('man');
    expect(transfer.quizResult).toBe('addicted');
    expect(transfer.ignoredKeys).toEqual(['@Badges']);
  });

  it('reads the day contexts, quiz answers, age bracket and typical week', () => {
    const transfer = parseOzEnsembleTransfer({
      '@Drinks': [],
      '@Drinks-contexts': {
        '2026-10-05': { id: 'c1', note: 'Anniversaire', context: ['atfriends', 'party'], emotion: 'fine' },
        '2026-10-06': { id: 'c2', emotion: 42 },
        'le 7': { id: 'c3', note: 'x' },
      },
      '@Quizz_answers': JSON.stringify({ gender: 'woman', frequency: 'twice-a-week' }),
      '@QuizzEvaluateConso_answers': { age: '25-45', '0': 'never' },
      '@GainPreviousDrinksPerWeek': [
        { drinkKey: 'beer-half', quantity: 8, id: 'p1' },
        { drinkKey: 'wine-glass', quantity: 'four' },
      ],
    });
    expect(transfer.contexts).toEqual([
      { date: '2026-10-05', note: 'Anniversaire', context: ['atfriends', 'party'], emotion: 'fine' },
    ]);
    expect(transfer.rejected).toEqual([
      { key: '@Drinks-contexts', reason: 'bad-line', day: '2026-10-06' },
      { key: '@Drinks-contexts', reason: 'bad-day', day: 'le 7' },
      { key: '@GainPreviousDrinksPerWeek', reason: 'bad-quantity', drinkKey: 'wine-glass' },
    ]);
    expect(transfer.quizAnswers).toEqual({ gender: 'woman', frequency: 'twice-a-week' });
    expect(transfer.ageBracket).toBe('25-45');
    expect(transfer.typicalWeek).toEqual([{ drinkKey: 'beer-half', quantity: 8 }]);
    expect(transfer.ignoredKeys).toEqual(['@QuizzEvaluateConso_answers']);
  });

  it('prefers @Age when it is a bracket, and has no typical week when the key is absent', () => {
    const transfer = parseOzEnsembleTransfer({
      '@Drinks': [],
      '@Age': '26-35',
      '@QuizzEvaluateConso_answers': { age: '25-45' },
    });
    expect(transfer.ageBracket).toBe('26-35');
    expect(transfer.typicalWeek).toBeNull();
  });

  it('refuses what is not an Oz Ensemble diary', () => {
    expect(() => parseOzEnsembleTransfer([])).toThrow(OzEnsembleFormatError);
    expect(() => parseOzEnsembleTransfer({ '@Gender': 'woman' })).toThrow(/No @Drinks/);
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
    expect(csv.rows.map((row) => [row.date, row.name, row.drinkFree, row.quantity, row.volumeMl])).toEqual([
      ['2025-02-01', 'wine', false, 2, 100],
      ['2025-02-02', 'Pas bu ce jour', true, 1, 0],
      ['2025-02-03', 'Punch, maison (18%)', false, 1, 50],
    ]);
    expect(csv.rejected).toEqual([{ line: 5, reason: 'bad-line' }]);
  });

  it('names each unreadable line with what it could read', () => {
    const csv = parseOzEnsembleCsv(
      [
        'Date,Consommation,Unité(s),Quantité,Volume,Calories,Prix (Euros)',
        '31/02/2025,beer,1,1,25 cl,70,3',
        '04/02/2025,Vin chaud,1.2,1,un bol,84,3',
        '05/02/2025,beer,1,0,25 cl,70,3',
        '06/02/2025,beer,x,1,25 cl,70,3',
      ].join('\n'),
    );
    expect(csv.rows).toEqual([]);
    expect(csv.rejected).toEqual([
      { line: 2, reason: 'bad-date', name: 'beer', dosesPerServing: 1, quantity: 1, volume: '25 cl' },
      {
        line: 3,
        reason: 'unreadable-volume',
        date: '2025-02-04',
        name: 'Vin chaud',
        dosesPerServing: 1.2,
        quantity: 1,
        volume: 'un bol',
      },
      {
        line: 4,
        reason: 'bad-quantity',
        date: '2025-02-05',
        name: 'beer',
        dosesPerServing: 1,
        volume: '25 cl',
      },
      { line: 5, reason: 'bad-doses', date: '2025-02-06', name: 'beer', quantity: 1, volume: '25 cl' },
    ]);
  });

  it('refuses a file without the Oz Ensemble header', () => {
    expect(() => parseOzEnsembleCsv('a,b,c\n1,2,3')).toThrow(OzEnsembleFormatError);
  });
});
