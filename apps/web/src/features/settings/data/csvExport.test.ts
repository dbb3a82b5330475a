import { createCustomDrink, isoDate } from '@oz/core';
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../diary/model.js';
import { diaryCsv } from './csvExport.js';

describe('diary CSV export', () => {
  it('writes one quoted-when-needed line per entry, standard drinks to one decimal', () => {
    const drink = createCustomDrink({
      id: 'custom:1',
      name: 'Bière "maison", forte',
      volumeMl: 330,
      abvPercent: 8,
      priceEuros: 3,
    });
    const csv = diaryCsv([newEntry(drink, 2, isoDate('2026-11-20'), '21:05')], 'fr');
    const [header, line] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'date,time,drink,category,quantity,volume_ml,abv_percent,standard_drinks,kcal,price_eur',
    );
    expect(line).toBe('2026-11-20,21:05,"Bière ""maison"", forte",custom,2,330,8,4.2,296,6');
  });
});
