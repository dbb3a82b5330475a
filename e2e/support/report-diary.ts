// A diary with a few weeks of data, as an Oz backup file (the format of packages/contracts/src/backup.ts), for the
// report and FHIR export specs: restoring it through « Mes données » is how a person would bring their history.
import { writeFile } from 'node:fs/promises';

const BEER = { fr: 'Demi de bière (25 cl, 5 %)', en: 'Half-pint of beer (25 cl, 5%)' };

function beers(date: string, count: number): Record<string, unknown> {
  return {
    id: `e2e-beer-${date}`,
    date,
    time: '19:00',
    drinkId: 'beer-half',
    label: BEER,
    category: 'beer',
    volumeMl: 250 * count,
    abvPercent: 5,
    quantity: count,
    standardDrinks: count,
    kcal: 70 * count,
    priceEuros: 3 * count,
    createdAt: `${date}T18:00:00.000Z`,
    updatedAt: `${date}T18:00:00.000Z`,
    origin: 'oz',
  };
}

function day(date: string, drinkFree: boolean, note = ''): Record<string, unknown> {
  return { date, drinkFree, mood: null, tags: [], note, updatedAt: `${date}T20:00:00.000Z` };
}

/** The private note the person may choose to add: French punctuation, ≤ and € must print. */
export const NOTE = 'Dîner chez Léa « compliqué » : ≤ 3 verres, 12 € — œnologie évitée';

/**
 * Week of 26 Oct: 2 a day (14); week of 2 Nov: 3 on Mon, Wed, Fri (9) and four declared drink-free days; week of
 * 9 Nov: 5 on Friday with a note, the other days drink-free. An AUDIT-C (7/12) in September, a goal of 10 a week
 * with Tuesday drink-free from 2 Nov, and a typical week of 21 drinks / 40 €.
 */
export async function writeReportDiary(path: string): Promise<void> {
  const week1 = [
    '2026-10-26',
    '2026-10-27',
    '2026-10-28',
    '2026-10-29',
    '2026-10-30',
    '2026-10-31',
    '2026-11-01',
  ];
  const backup = {
    format: 'oz-backup',
    version: 1,
    exportedAt: '2026-11-18T09:00:00.000Z',
    data: {
      entries: [
        ...week1.map((date) => beers(date, 2)),
        ...['2026-11-02', '2026-11-04', '2026-11-06'].map((date) => beers(date, 3)),
        beers('2026-11-13', 5),
      ],
      days: [
        ...['2026-11-03', '2026-11-05', '2026-11-07', '2026-11-08'].map((date) => day(date, true)),
        ...['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-14', '2026-11-15'].map((date) =>
          day(date, true),
        ),
        day('2026-11-13', false, NOTE),
      ],
      screenings: [
        {
          id: 'e2e-audit-c',
          instrument: 'audit-c',
          version: '1.0.0',
          answers: [3, 2, 2],
          sex: 'female',
          total: 7,
          level: 'misuse',
          takenAt: '2026-09-01T18:00:00.000Z',
        },
      ],
      goals: [
        {
          id: 'e2e-goal',
          maxStandardDrinksPerWeek: 10,
          maxStandardDrinksPerDrinkingDay: 10,
          drinkFreeWeekdays: ['tuesday'],
          startsOn: '2026-11-02',
          createdAt: '2026-11-02T08:00:00.000Z',
        },
      ],
      customDrinks: [],
      preferences: {
        locale: 'fr',
        profile: { sex: 'female', ageBand: '25-64' },
        typicalWeek: { standardDrinks: 21, kcal: 1470, euros: 40 },
      },
    },
  };
  await writeFile(path, JSON.stringify(backup, null, 2));
}
