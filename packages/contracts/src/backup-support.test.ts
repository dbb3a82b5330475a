import { describe, expect, it } from 'vitest';
import { BackupSchema, BACKUP_VERSION, OLDEST_BACKUP_VERSION } from './backup.js';

const AT = '2026-11-24T10:00:00.000Z';
const aBackup = (version: number, data: Record<string, unknown> = {}): Record<string, unknown> => ({
  format: 'oz-backup',
  version,
  exportedAt: AT,
  data: {
    entries: [],
    days: [],
    screenings: [],
    goals: [],
    customDrinks: [],
    preferences: { locale: 'fr', profile: { sex: 'unspecified', ageBand: null }, typicalWeek: null },
    ...data,
  },
});
const aCraving = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'c1',
  date: '2026-11-23',
  time: '19:30',
  intensity: 7,
  situation: 'party',
  feelings: ['stress'],
  helped: ['breathing'],
  drank: false,
  note: '',
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});

describe('backup support sections (version 2)', () => {
  it('reads a version 1 file as having no cravings, plans, motivation or rulers', () => {
    const parsed = BackupSchema.parse(aBackup(OLDEST_BACKUP_VERSION));
    expect(parsed.data.cravings).toEqual([]);
    expect(parsed.data.plans).toEqual([]);
    expect(parsed.data.motivation).toBeNull();
    expect(parsed.data.rulers).toEqual([]);
  });

  it('reads every support section', () => {
    const parsed = BackupSchema.parse(
      aBackup(BACKUP_VERSION, {
        cravings: [aCraving()],
        plans: [
          { id: 'p1', situation: 'stress', ifText: '', thenText: 'je respire', createdAt: AT, updatedAt: AT },
        ],
        motivation: {
          reasons: ['sleep'],
          ownWords: 'Pour moi',
          riskSituations: ['party', 'low-mood'],
          balance: { gains: ['dormir'], costs: [] },
          updatedAt: AT,
        },
        rulers: [{ id: 'r1', kind: 'confidence', value: 6, takenAt: AT, context: 'motivation' }],
      }),
    );
    expect(parsed.data.cravings[0]?.intensity).toBe(7);
    expect(parsed.data.motivation?.riskSituations).toEqual(['party', 'low-mood']);
  });

  it.each([
    { name: 'an intensity above 10', data: { cravings: [aCraving({ intensity: 11 })] } },
    { name: 'a feeling as situation', data: { cravings: [aCraving({ situation: 'stress' })] } },
    {
      name: 'an empty « alors »',
      data: {
        plans: [{ id: 'p', situation: 'party', ifText: '', thenText: '', createdAt: AT, updatedAt: AT }],
      },
    },
    {
      name: 'a ruler at 12',
      data: { rulers: [{ id: 'r', kind: 'importance', value: 12, takenAt: AT, context: 'x' }] },
    },
    { name: 'a version 0 file', data: {}, version: 0 },
  ])('refuses $name', ({ data, version }) => {
    expect(BackupSchema.safeParse(aBackup(version ?? BACKUP_VERSION, data)).success).toBe(false);
  });
});
