import type {
  AgeBand,
  DiaryEntry,
  Drink,
  DrinkCategory,
  Goal,
  IsoDate,
  SafetyAnswers,
  TypicalWeek,
} from '@oz/core';

/**
 * What the person's app keeps in IndexedDB (and nowhere else). Every record is plain JSON so that the
 * backup file is a straight copy of these shapes (packages/contracts/src/backup.ts validates them).
 */

/** Calendar day in the person's time zone, 'YYYY-MM-DD' (branded by @oz/core). */
export type { IsoDate } from '@oz/core';

export type EntryOrigin = 'oz' | 'oz-ensemble';

/**
 * A diary line as @oz/core builds it (createDiaryEntry: volume, ABV, standard drinks, kcal and price
 * copied from the drink when logged, so history never changes), plus what the app needs around it.
 */
export interface DrinkEntryRecord extends DiaryEntry {
  /** Local time 'HH:MM' (always known in Oz; imports without a time get 12:00). */
  readonly time: string;
  readonly category: DrinkCategory;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly origin: EntryOrigin;
}

export type Mood = 'very-good' | 'good' | 'neutral' | 'low' | 'very-low';

/** What the person said about a day: declared drink-free, mood, context tags, a private note. */
export interface DayLog {
  readonly date: IsoDate;
  readonly drinkFree: boolean;
  readonly mood: Mood | null;
  readonly tags: readonly string[];
  readonly note: string;
  readonly updatedAt: string;
}

export type Instrument = 'audit-c' | 'audit' | 'face' | 'oz-ensemble-audit-c';

export type Sex = 'female' | 'male' | 'unspecified';

export interface ScreeningRecord {
  readonly id: string;
  readonly instrument: Instrument;
  /** Version of the instrument's wording and cut-offs, so results stay comparable over time. */
  readonly version: string;
  readonly answers: readonly number[];
  readonly sex: Sex;
  /** Null only for results imported from Oz Ensemble, which kept the label but not the score. */
  readonly total: number | null;
  /** Level as computed when taken ('low', 'misuse', 'dependence', 'zone-2', or an Oz Ensemble label). */
  readonly level: string;
  readonly takenAt: string;
}

/** A goal the person chose (validated by @oz/core createGoal), kept with its history. */
export interface GoalRecord extends Goal {
  readonly id: string;
  /** Monday of the first week the goal applies to. */
  readonly startsOn: IsoDate;
  readonly createdAt: string;
}

/** A drink the person created with @oz/core createCustomDrink, saved to "Mes boissons". */
export interface CustomDrinkRecord extends Drink {
  readonly createdAt: string;
}

export type { AgeBand } from '@oz/core';

export interface Profile {
  readonly sex: Sex;
  readonly ageBand: AgeBand | null;
  /** Pregnant, breast-feeding or trying for a baby (optional, asked only if the person wishes): the repère is zero. */
  readonly pregnant?: boolean;
}

/** The person's estimate of a typical week before using Oz (gains baseline), from @oz/core. */
export type { TypicalWeek } from '@oz/core';

export interface Preferences {
  readonly locale: 'fr' | 'en';
  readonly onboardingDone: boolean;
  readonly profile: Profile;
  readonly typicalWeek: TypicalWeek | null;
  /** Most recent first; drives "last used first" in the catalogue. */
  readonly recentDrinkIds: readonly string[];
  /** The latest answers to the questions asked before a break or a deep cut (features/safety). */
  readonly safetyCheck?: SafetyCheck;
}

/** Answers to the pre-break safety questions (@oz/core SAFETY_QUESTIONS), and the day they were given. */
export interface SafetyCheck {
  readonly answeredOn: IsoDate;
  readonly answers: SafetyAnswers;
}

export const DEFAULT_PREFERENCES: Preferences = {
  locale: 'fr',
  onboardingDone: false,
  profile: { sex: 'unspecified', ageBand: null },
  typicalWeek: null,
  recentDrinkIds: [],
};
