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
const anAssessment = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'w1',
  date: '2026-11-23',
  takenAt: AT,
  who5: [3, 2, 4, 1, 5],
  domains: { sleep: 'bad', work: 'very-good' },
  context: 'start',
  ...overrides,
});

describe('backup wellbeing sections (version 3)', () => {
  it.each([OLDEST_BACKUP_VERSION, 2])(
    'reads a version %i file as having no assessments and no badge seen',
    (version) => {
      const parsed = BackupSchema.parse(aBackup(version));
      expect(parsed.data.wellbeing).toEqual([]);
      expect(parsed.data.badgeViews).toEqual([]);
    },
  );

  it('reads assessments and badges seen', () => {
    const parsed = BackupSchema.parse(
      aBackup(BACKUP_VERSION, {
        wellbeing: [anAssessment()],
        badgeViews: [{ id: 'drink-free-days-7', seenAt: AT }],
      }),
    );
    expect(parsed.data.wellbeing[0]).toMatchObject({ who5: [3, 2, 4, 1, 5], domains: { sleep: 'bad' } });
    expect(parsed.data.badgeViews).toEqual([{ id: 'drink-free-days-7', seenAt: AT }]);
  });

  it.each([
    { name: 'four WHO-5 answers', overrides: { who5: [3, 2, 4, 1] } },
    { name: 'an answer of 6', overrides: { who5: [3, 2, 4, 1, 6] } },
    { name: 'a half answer', overrides: { who5: [3, 2, 4, 1, 2.5] } },
    { name: 'an unknown domain', overrides: { domains: { mood: 'good' } } },
    { name: 'an unknown rating', overrides: { domains: { sleep: 'great' } } },
    { name: 'a day that does not exist', overrides: { date: '2026-02-30' } },
    { name: 'an empty context', overrides: { context: '' } },
  ])('refuses $name', ({ overrides }) => {
    expect(
      BackupSchema.safeParse(aBackup(BACKUP_VERSION, { wellbeing: [anAssessment(overrides)] })).success,
    ).toBe(false);
  });
});
