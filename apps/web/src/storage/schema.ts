import type { DBSchema } from 'idb';
import type {
  CustomDrinkRecord,
  DayLog,
  DrinkEntryRecord,
  GoalRecord,
  Preferences,
  ScreeningRecord,
} from './types.js';
import type { StatisticsSettings } from '../stats/settings.js';
import type { HiddenRecommendationCard } from '@oz/core';
import type { LocalContactRequest, LocalShare, OutboxItem } from '../sync/types.js';
import type { ReminderRecord } from '../features/reminders/model.js';
import type { CopingPlan, CravingRecord, MotivationRecord, RulerReading } from './supportTypes.js';
import type { BadgeView, WellbeingRecord } from './wellbeingTypes.js';
import type { ProgrammeRunRecord } from './programmes.js';

export const DB_NAME = 'oz';

/**
 * Schema history (never edit a past step, add one):
 * 1. entries (drink log), screenings, settings.
 * 2. days (drink-free declaration, mood, tags, note), goals, customDrinks; entries indexed by day.
 * 3. outbox (offline network actions), contactRequests, shares (issue 5, owned by src/sync and features/contact).
 * 4. reminders: the reminder's schedule, text and server link, and the one-time offer (features/reminders).
 * 5. cravings (by day), plans, motivation (one record, key 'current'), rulers (issue 10 support tools).
 * 6. wellbeing (quality-of-life assessments, by day) and badgeViews (badges already shown) — issue 10.
 * 7. programmeRuns: one record per programme run (issue 10 programmes, storage/programmes.ts).
 */
export const DB_VERSION = 7;

export type SettingRecord =
  | { readonly key: 'preferences'; readonly value: Preferences }
  /** Anonymous statistics choices and counts waiting to leave (issue 12, src/stats). */
  | { readonly key: 'statistics'; readonly value: StatisticsSettings }
  /** The recommendation card the person hid for 7 days (issue 8, features/recommendation); not exported. */
  | { readonly key: 'recommendationCard'; readonly value: HiddenRecommendationCard }
  /** The gentle quality-of-life proposal on the diary home waits until this day after « Plus tard ». */
  | { readonly key: 'wellbeingPrompt'; readonly value: { readonly postponedUntil: string } };

export interface OzSchema extends DBSchema {
  entries: { key: string; value: DrinkEntryRecord; indexes: { 'by-date': string } };
  days: { key: string; value: DayLog };
  screenings: { key: string; value: ScreeningRecord };
  goals: { key: string; value: GoalRecord };
  customDrinks: { key: string; value: CustomDrinkRecord };
  settings: { key: string; value: SettingRecord };
  outbox: { key: string; value: OutboxItem };
  contactRequests: { key: string; value: LocalContactRequest };
  shares: { key: string; value: LocalShare };
  reminders: { key: string; value: ReminderRecord };
  cravings: { key: string; value: CravingRecord; indexes: { 'by-date': string } };
  plans: { key: string; value: CopingPlan };
  motivation: { key: string; value: MotivationRecord };
  rulers: { key: string; value: RulerReading };
  wellbeing: { key: string; value: WellbeingRecord; indexes: { 'by-date': string } };
  badgeViews: { key: string; value: BadgeView };
  programmeRuns: { key: string; value: ProgrammeRunRecord };
}

export type StoreName =
  | 'entries'
  | 'days'
  | 'screenings'
  | 'goals'
  | 'customDrinks'
  | 'settings'
  | 'outbox'
  | 'contactRequests'
  | 'shares'
  | 'reminders'
  | 'cravings'
  | 'plans'
  | 'motivation'
  | 'rulers'
  | 'wellbeing'
  | 'badgeViews'
  | 'programmeRuns';

export const ALL_STORES: readonly StoreName[] = [
  'entries',
  'days',
  'screenings',
  'goals',
  'customDrinks',
  'settings',
  'outbox',
  'contactRequests',
  'shares',
  'reminders',
  'cravings',
  'plans',
  'motivation',
  'rulers',
  'wellbeing',
  'badgeViews',
  'programmeRuns',
];
