import { describe, expect, it } from 'vitest';
import { BackupSchema, BACKUP_VERSION } from './backup.js';

const aBackup = (
  overrides: Record<string, unknown> = {},
  entryDate = '2026-11-23',
): Record<string, unknown> => ({
  format: 'oz-backup',
  version: BACKUP_VERSION,
  exportedAt: '2026-11-24T10:00:00.000Z',
  data: {
    entries: [
      {
        id: 'e1',
        date: entryDate,
        time: '19:30',
        drinkId: 'beer-half',
        label: { fr: 'Demi de bière (25 cl, 5 %)', en: 'Half of beer (25 cl, 5%)' },
        category: 'beer',
        volumeMl: 250,
        abvPercent: 5,
        quantity: 1,
        standardDrinks: 1,
        kcal: 70,
        priceEuros: 3.5,
        createdAt: '2026-11-23T18:30:00.000Z',
        updatedAt: '2026-11-23T18:30:00.000Z',
        origin: 'oz',
      },
    ],
    days: [],
    screenings: [],
    goals: [],
    customDrinks: [],
    preferences: { locale: 'fr', profile: { sex: 'unspecified', ageBand: null }, typicalWeek: null },
  },
  ...overrides,
});

describe('backup file', () => {
  it('accepts a well-formed backup', () => {
    expect(BackupSchema.safeParse(aBackup()).success).toBe(true);
  });

  it('refuses impossible days, unknown versions and foreign files', () => {
    expect(BackupSchema.safeParse(aBackup({}, '2026-02-30')).success).toBe(false);
    expect(BackupSchema.safeParse(aBackup({ version: BACKUP_VERSION + 1 })).success).toBe(false);
    expect(BackupSchema.safeParse(aBackup({ format: 'something-else' })).success).toBe(false);
  });
});
