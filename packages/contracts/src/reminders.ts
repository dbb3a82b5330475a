// Reminders by Web Push (issue 11). The server learns only what it needs to send a push at the right time: the
// browser's push subscription (endpoint + keys), the days, the time and the time zone. No diary data, no text:
// the push payload is just `{ "kind": "reminder" }` and the device shows the text the person chose.
import { ISO_WEEKDAYS, isKnownTimeZone } from '@oz/core';
import type { IsoWeekday } from '@oz/core';
import { z } from 'zod';

/** `GET /api/push/public-key`: the VAPID public key browsers pass as `applicationServerKey`. */
export const PushPublicKeySchema = z.object({
  publicKey: z.string().describe('Uncompressed P-256 public key, base64url (RFC 8292)'),
});
export type PushPublicKey = z.infer<typeof PushPublicKeySchema>;

const base64Url = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, 'expected base64url');

/** `PushSubscription.toJSON()` as browsers give it (expirationTime ignored). */
export const PushSubscriptionSchema = z.object({
  endpoint: z
    .url({ protocol: /^https$/ })
    .max(2048)
    .describe('The push service URL of this browser (https only)'),
  keys: z.object({
    /** The browser's P-256 public key (65 bytes, base64url). */
    p256dh: base64Url(80, 100),
    /** The 16-byte authentication secret (base64url). */
    auth: base64Url(16, 30),
  }),
});
export type PushSubscriptionData = z.infer<typeof PushSubscriptionSchema>;

export const IsoWeekdaySchema = z
  .number()
  .int()
  .min(1)
  .max(7)
  .transform((day) => day as IsoWeekday);

export const ReminderScheduleSchema = z.object({
  weekdays: z
    .array(IsoWeekdaySchema)
    .min(1)
    .max(ISO_WEEKDAYS.length)
    .refine((days) => new Set(days).size === days.length, 'weekdays must not repeat')
    .describe('ISO weekdays, 1 = Monday … 7 = Sunday'),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected 'HH:MM'")
    .describe("Local time 'HH:MM' in timeZone"),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine((zone) => isKnownTimeZone(zone), 'unknown IANA time zone')
    .describe("The device's IANA time zone, e.g. 'Europe/Paris'"),
});
export type ReminderScheduleData = z.infer<typeof ReminderScheduleSchema>;

/** `POST /api/reminders` and `PUT /api/reminders/:id`. */
export const ReminderSubscribeSchema = z.object({
  subscription: PushSubscriptionSchema,
  schedule: ReminderScheduleSchema,
  paused: z.boolean().default(false),
});
export type ReminderSubscribe = z.infer<typeof ReminderSubscribeSchema>;

export const ReminderStatusSchema = z.object({
  id: z.string(),
  paused: z.boolean(),
  /** When the next reminder will be sent; null while paused. */
  nextDueAt: z.iso.datetime().nullable(),
});
export type ReminderStatus = z.infer<typeof ReminderStatusSchema>;

/** Answer of a subscription: its id and the token that manages it (only its hash is stored). */
export const ReminderLinkSchema = ReminderStatusSchema.extend({
  token: z.string().describe('Secret for PUT/DELETE/test (`Authorization: Bearer <token>`)'),
});
export type ReminderLink = z.infer<typeof ReminderLinkSchema>;

export const REMINDER_PUSH_KINDS = ['reminder', 'test'] as const;

/** The encrypted push payload: what kind of push, nothing else. */
export const ReminderPushPayloadSchema = z.object({ kind: z.enum(REMINDER_PUSH_KINDS) });
export type ReminderPushPayload = z.infer<typeof ReminderPushPayloadSchema>;
