import { db } from '../../../storage/db.js';
import { notifyChange } from '../../../storage/notify.js';
import {
  DEFAULT_PREFERENCES,
  type CustomDrinkRecord,
  type DayLog,
  type DrinkEntryRecord,
  type GoalRecord,
  type Preferences,
  type ScreeningRecord,
} from '../../../storage/types.js';
import type { SupportImport } from './supportBackup.js';

/** What an import would bring, before anything is written. */
export interface ImportData extends SupportImport {
  readonly entries: readonly DrinkEntryRecord[];
  readonly days: readonly DayLog[];
  readonly screenings: readonly ScreeningRecord[];
  readonly goals: readonly GoalRecord[];
  readonly customDrinks: readonly CustomDrinkRecord[];
  /** Applied only where the device has nothing yet (profile, typical week). */
  readonly preferences: Partial<Preferences>;
}

export interface Count {
  readonly inFile: number;
  readonly added: number;
}

export interface MergePlan {
  readonly add: ImportData;
  readonly counts: {
    readonly entries: Count;
    readonly days: Count;
    readonly screenings: Count;
    readonly goals: Count;
    readonly customDrinks: Count;
    readonly cravings: Count;
    readonly plans: Count;
    readonly rulers: Count;
    readonly motivation: Count;
    readonly wellbeing: Count;
    readonly badgeViews: Count;
    readonly programmeRuns: Count;
  };
}

function fresh<T>(items: readonly T[], existing: ReadonlySet<string>, key: (item: T) => string): T[] {
  const seen = new Set(existing);
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Merge without duplicates: a record whose id (or, for days, whose date) is already on the device is
 * kept as it is on the device; only new ones are added. Importing the same file twice adds nothing.
 */
export async function planMerge(incoming: ImportData): Promise<MergePlan> {
  const database = await db();
  const [
    entryKeys,
    dayKeys,
    screeningKeys,
    goalKeys,
    drinkKeys,
    cravingKeys,
    planKeys,
    rulerKeys,
    motivationKeys,
    wellbeingKeys,
    badgeViewKeys,
    runKeys,
  ] = await Promise.all([
    database.getAllKeys('entries'),
    database.getAllKeys('days'),
    database.getAllKeys('screenings'),
    database.getAllKeys('goals'),
    database.getAllKeys('customDrinks'),
    database.getAllKeys('cravings'),
    database.getAllKeys('plans'),
    database.getAllKeys('rulers'),
    database.getAllKeys('motivation'),
    database.getAllKeys('wellbeing'),
    database.getAllKeys('badgeViews'),
    database.getAllKeys('programmeRuns'),
  ]);
  const add: ImportData = {
    entries: fresh(incoming.entries, new Set(entryKeys), (entry) => entry.id),
    days: fresh(incoming.days, new Set(dayKeys), (day) => day.date),
    screenings: fresh(incoming.screenings, new Set(screeningKeys), (result) => result.id),
    goals: fresh(incoming.goals, new Set(goalKeys), (goal) => goal.id),
    customDrinks: fresh(incoming.customDrinks, new Set(drinkKeys), (drink) => drink.id),
    preferences: incoming.preferences,
    cravings: fresh(incoming.cravings, new Set(cravingKeys), (craving) => craving.id),
    plans: fresh(incoming.plans, new Set(planKeys), (plan) => plan.id),
    rulers: fresh(incoming.rulers, new Set(rulerKeys), (reading) => reading.id),
    // The person's motivations on this device are kept as they are; the file's fill an empty device.
    motivation: motivationKeys.length === 0 ? incoming.motivation : null,
    wellbeing: fresh(incoming.wellbeing, new Set(wellbeingKeys), (assessment) => assessment.id),
    badgeViews: fresh(incoming.badgeViews, new Set(badgeViewKeys), (view) => view.id),
    programmeRuns: fresh(incoming.programmeRuns, new Set(runKeys), (run) => run.id),
  };
  const count = (inFile: readonly unknown[], added: readonly unknown[]): Count => ({
    inFile: inFile.length,
    added: added.length,
  });
  return {
    add,
    counts: {
      entries: count(incoming.entries, add.entries),
      days: count(incoming.days, add.days),
      screenings: count(incoming.screenings, add.screenings),
      goals: count(incoming.goals, add.goals),
      customDrinks: count(incoming.customDrinks, add.customDrinks),
      cravings: count(incoming.cravings, add.cravings),
      plans: count(incoming.plans, add.plans),
      rulers: count(incoming.rulers, add.rulers),
      motivation: count(
        incoming.motivation === null ? [] : [incoming.motivation],
        add.motivation === null ? [] : [add.motivation],
      ),
      wellbeing: count(incoming.wellbeing, add.wellbeing),
      badgeViews: count(incoming.badgeViews, add.badgeViews),
      programmeRuns: count(incoming.programmeRuns, add.programmeRuns),
    },
  };
}

/** Writes a plan in one transaction: all of it or nothing. */
export async function applyMerge(plan: MergePlan): Promise<void> {
  const database = await db();
  const tx = database.transaction(
    [
      'entries',
      'days',
      'screenings',
      'goals',
      'customDrinks',
      'settings',
      'cravings',
      'plans',
      'rulers',
      'motivation',
      'wellbeing',
      'badgeViews',
      'programmeRuns',
    ],
    'readwrite',
  );
  const { add } = plan;
  await Promise.all([
    ...add.entries.map((entry) => tx.objectStore('entries').put(entry)),
    ...add.days.map((day) => tx.objectStore('days').put(day)),
    ...add.screenings.map((result) => tx.objectStore('screenings').put(result)),
    ...add.goals.map((goal) => tx.objectStore('goals').put(goal)),
    ...add.customDrinks.map((drink) => tx.objectStore('customDrinks').put(drink)),
    ...add.cravings.map((craving) => tx.objectStore('cravings').put(craving)),
    ...add.plans.map((plan) => tx.objectStore('plans').put(plan)),
    ...add.rulers.map((reading) => tx.objectStore('rulers').put(reading)),
    ...(add.motivation === null ? [] : [tx.objectStore('motivation').put(add.motivation)]),
    ...add.wellbeing.map((assessment) => tx.objectStore('wellbeing').put(assessment)),
    ...add.badgeViews.map((view) => tx.objectStore('badgeViews').put(view)),
    ...add.programmeRuns.map((run) => tx.objectStore('programmeRuns').put(run)),
  ]);
  const stored = await tx.objectStore('settings').get('preferences');
  const current = { ...DEFAULT_PREFERENCES, ...(stored?.key === 'preferences' ? stored.value : {}) };
  const profileIsEmpty = current.profile.sex === 'unspecified' && current.profile.ageBand === null;
  const next: Preferences = {
    ...current,
    onboardingDone: true,
    profile: profileIsEmpty ? (add.preferences.profile ?? current.profile) : current.profile,
    typicalWeek: current.typicalWeek ?? add.preferences.typicalWeek ?? null,
  };
  await tx.objectStore('settings').put({ key: 'preferences', value: next });
  await tx.done;
  notifyChange('diary');
}
