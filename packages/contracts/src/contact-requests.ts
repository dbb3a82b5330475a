// « Parler à un professionnel » (issue 5): what a person sends, what they get back, and the status they can
// follow. The server re-validates every field with these schemas; the PWA builds its form and offline queue on
// the same types.
import { CONTACT_REQUEST_STATUSES, INSTRUMENT_IDS } from '@oz/core';
import { z } from 'zod';
import { IsoDaySchema, multiLineText, singleLineText } from './common.js';

/** Lifecycle of a request (the statuses and their allowed moves are @oz/core's `contact/requestFlow.ts`). */
export const ContactRequestStatusSchema = z.enum(CONTACT_REQUEST_STATUSES);

/** For oneself, or for someone close (family and friends: « entourage »). */
export const CONTACT_SUBJECTS = ['self', 'entourage'] as const;
export const ContactSubjectSchema = z.enum(CONTACT_SUBJECTS);
export type ContactSubject = z.infer<typeof ContactSubjectSchema>;

/** Broad slots a person can be called back in; the professional adapts. */
export const CONTACT_SLOTS = ['morning', 'lunch', 'afternoon', 'evening', 'saturday'] as const;
export const ContactSlotSchema = z.enum(CONTACT_SLOTS);
export type ContactSlot = z.infer<typeof ContactSlotSchema>;

/** French phone number as typed: digits, spaces, dots, dashes, an optional leading +; 8 to 15 digits. */
export const PhoneSchema = z
  .string()
  .trim()
  .max(30)
  .regex(/^\+?[0-9 .()-]+$/, 'digits, spaces, dots or dashes only')
  .refine((value) => {
    const digits = value.replace(/\D/g, '').length;
    return digits >= 8 && digits <= 15;
  }, 'a phone number has 8 to 15 digits');

export const EmailSchema = z.email().max(254);
export const PostalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{5}$/, 'expected a 5-digit French postal code');

/** The latest screening result, as scored on the device (@oz/core). */
export const SharedScreeningSchema = z.object({
  instrument: z.enum(INSTRUMENT_IDS),
  score: z.number().int().min(0).max(40),
  /** The instrument's level or zone as computed by @oz/core (`low`, `misuse`, `dependence`, `zone-3`…). */
  level: z.string().regex(/^[a-z0-9-]{1,30}$/),
  takenOn: IsoDaySchema,
});
export type SharedScreening = z.infer<typeof SharedScreeningSchema>;

/** One week of the diary, summarised on the device: no individual drinks, no times. */
export const DiaryWeekSummarySchema = z.object({
  weekStart: IsoDaySchema,
  standardDrinks: z.number().min(0).max(1000),
  drinkingDays: z.number().int().min(0).max(7),
  heaviestDayStandardDrinks: z.number().min(0).max(200),
  daysLogged: z.number().int().min(0).max(7),
});
export type DiaryWeekSummary = z.infer<typeof DiaryWeekSummarySchema>;

/** What a consenting person attaches: the latest screening and up to the last 4 weeks of the diary. */
export const ContactAttachmentSchema = z
  .object({
    screening: SharedScreeningSchema.optional(),
    diaryWeeks: z.array(DiaryWeekSummarySchema).max(4).optional(),
  })
  .refine((value) => value.screening !== undefined || (value.diaryWeeks?.length ?? 0) > 0, {
    message: 'an attachment holds a screening result or diary weeks',
  });
export type ContactAttachment = z.infer<typeof ContactAttachmentSchema>;

export const ContactRequestCreateSchema = z
  .object({
    subject: ContactSubjectSchema,
    /** First name or pseudonym: how the professional greets them. */
    firstName: singleLineText(60).min(1),
    phone: PhoneSchema.optional(),
    email: EmailSchema.optional(),
    preferredSlots: z.array(ContactSlotSchema).max(CONTACT_SLOTS.length).default([]),
    postalCode: PostalCodeSchema.optional(),
    message: multiLineText(1000).optional(),
    /** Explicit consent (unticked by default in the form) to attach `attachment`. */
    consentToShare: z.boolean().default(false),
    attachment: ContactAttachmentSchema.optional(),
    /** Language of the e-mails sent to the person. */
    locale: z.enum(['fr', 'en']).default('fr'),
  })
  .superRefine((value, context) => {
    if (value.phone === undefined && value.email === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'give a phone number or an e-mail (or both)',
      });
    }
    if (value.attachment !== undefined && !value.consentToShare) {
      context.addIssue({
        code: 'custom',
        path: ['attachment'],
        message: 'an attachment is only accepted with consentToShare: true',
      });
    }
  });
export type ContactRequestCreate = z.input<typeof ContactRequestCreateSchema>;
export type ContactRequestCreateParsed = z.output<typeof ContactRequestCreateSchema>;

/**
 * `Idempotency-Key` request header: generated once per request by the app (a random UUID), re-sent unchanged on
 * every retry. It also derives the tracking token of a replayed answer, so it must be unguessable.
 */
export const IdempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,100}$/, 'expected 16 to 100 characters [A-Za-z0-9_-] (a random UUID)');

export const ContactRequestCreateHeadersSchema = z.object({ 'idempotency-key': IdempotencyKeySchema });

export const ContactRequestCreatedSchema = z.object({
  id: z.string(),
  status: ContactRequestStatusSchema,
  createdAt: z.iso.datetime(),
  /** created + 48 h: the promise made to the person. */
  dueAt: z.iso.datetime(),
  /** Secret for GET/DELETE of this request (`Authorization: Bearer <token>`); the server keeps only a hash. */
  trackingToken: z.string(),
});
export type ContactRequestCreated = z.infer<typeof ContactRequestCreatedSchema>;

export const ContactRequestIdParamsSchema = z.object({ id: z.uuid() });

/** What the person sees on their status page: the steps, never the professionals' notes. */
export const ContactRequestTrackingSchema = z.object({
  id: z.string(),
  status: ContactRequestStatusSchema,
  subject: ContactSubjectSchema,
  createdAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  /** First time a professional reached the person (status contacted or later), if ever. */
  contactedAt: z.iso.datetime().nullable(),
  structure: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  steps: z.array(z.object({ status: ContactRequestStatusSchema, at: z.iso.datetime() })),
});
export type ContactRequestTracking = z.infer<typeof ContactRequestTrackingSchema>;

/** `Authorization: Bearer <token>` header of the person-side routes (tracking or share tokens). */
export const BearerHeadersSchema = z.object({
  authorization: z.string().regex(/^Bearer [A-Za-z0-9_-]{20,200}$/, 'expected "Bearer <token>"'),
});
