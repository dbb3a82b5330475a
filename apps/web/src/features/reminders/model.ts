/**
 * What the device keeps about reminders (IndexedDB store `reminders`, schema version 4). The schedule and the
 * server's subscription id are here so the settings screen can show and change them; the text of the
 * reminder lives ONLY here: the service worker reads it when a push arrives, so the server never knows it.
 * Plain types with no DOM dependency: the service worker (src/sw) imports this file too.
 */

/** ISO weekdays, Monday = 1 … Sunday = 7 (as @oz/core and the API count them). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const ALL_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Gentle, discreet texts to choose from: a notification shows on a locked screen, so none says "alcool". */
export const REMINDER_PRESETS = ['journal', 'evening', 'short'] as const;
export type ReminderPreset = (typeof REMINDER_PRESETS)[number];

/** A text the person writes themselves; kept short so it fits a notification. */
export const CUSTOM_REMINDER_TEXT_MAX = 80;

export type ReminderMessage =
  | { readonly kind: 'preset'; readonly preset: ReminderPreset }
  | { readonly kind: 'custom'; readonly text: string };

export interface LocalReminderSchedule {
  readonly weekdays: readonly IsoWeekday[];
  /** Local time 'HH:MM'. */
  readonly time: string;
  /** The device's IANA time zone when the schedule was saved. */
  readonly timeZone: string;
}

/** The subscription as the server knows it: its id, the bearer token that manages it, the push endpoint. */
export interface ReminderServerLink {
  readonly id: string;
  readonly token: string;
  readonly endpoint: string;
}

export interface LocalReminder {
  readonly key: 'current';
  readonly schedule: LocalReminderSchedule;
  readonly message: ReminderMessage;
  readonly paused: boolean;
  readonly server: ReminderServerLink;
  readonly updatedAt: string;
}

/** When the app was first used, and whether the one-time offer of reminders was answered. */
export interface ReminderOffer {
  readonly key: 'offer';
  /** The person's local day of first use (or of the earliest diary entry, if earlier). */
  readonly firstUseOn: string;
  readonly answeredAt: string | null;
}

export type ReminderRecord = LocalReminder | ReminderOffer;

/** The push payload the server sends (see @oz/contracts ReminderPushPayloadSchema): no text, no data. */
export type ReminderPushKind = 'reminder' | 'test';

export const REMINDER_NOTIFICATION_TAG = 'oz-reminder';
export const TEST_NOTIFICATION_TAG = 'oz-reminder-test';
