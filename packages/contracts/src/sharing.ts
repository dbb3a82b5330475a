// Linking a person with their professional (issue 5, « orientations bi-directionnelles »): the professional
// creates a short invitation code (also shown as a QR code of `<public URL>/lien?code=…`); the person redeems it
// without an account, gets a share token, uploads only what they chose, and can revoke at any time (the server
// copy is deleted).
import { z } from 'zod';
import { IsoDaySchema, singleLineText } from './common.js';
import { DiaryWeekSummarySchema, SharedScreeningSchema } from './contact-requests.js';

/** Crockford-style alphabet without 0/O, 1/I/L, U: easy to read aloud and to type. */
export const INVITATION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INVITATION_CODE_LENGTH = 8;
export const INVITATION_TTL_HOURS = 72;

export const InvitationCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((value) => value.replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .regex(new RegExp(`^[${INVITATION_CODE_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`), 'unknown code format'),
  );

export const InvitationCreateSchema = z.object({
  /** A label only the professional sees (initials, file number): never required. */
  label: singleLineText(60).optional(),
});

export const InvitationSchema = z.object({
  id: z.string(),
  code: z.string(),
  /** Content of the QR code. */
  url: z.string(),
  expiresAt: z.iso.datetime(),
  label: z.string().nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const SHARE_SCOPES = ['diary', 'screening'] as const;
export const ShareScopeSchema = z.enum(SHARE_SCOPES);

export const ShareRedeemSchema = z.object({ code: InvitationCodeSchema });

export const ShareLinkSchema = z.object({
  id: z.string(),
  /** Secret for PUT/GET/DELETE of this share (`Authorization: Bearer <token>`); only its hash is stored. */
  shareToken: z.string(),
  structure: z.object({ id: z.string(), name: z.string() }),
});
export type ShareLink = z.infer<typeof ShareLinkSchema>;

/** One day of the diary as a total (no individual drinks, no times): the professional's « entries » view. */
export const DiaryDayTotalSchema = z.object({
  date: IsoDaySchema,
  standardDrinks: z.number().min(0).max(200),
});
export type DiaryDayTotal = z.infer<typeof DiaryDayTotalSchema>;

/** What the person chose to share; sending it replaces the previous upload entirely (absent = not shared). */
export const SharedDataSchema = z.object({
  diaryWeeks: z.array(DiaryWeekSummarySchema).max(26).optional(),
  /** Daily totals, up to a year. */
  diaryDays: z.array(DiaryDayTotalSchema).max(366).optional(),
  screenings: z.array(SharedScreeningSchema).max(50).optional(),
});
export type SharedData = z.infer<typeof SharedDataSchema>;

export const ShareViewSchema = z.object({
  id: z.string(),
  structure: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime().nullable(),
  data: SharedDataSchema,
});
export type ShareView = z.infer<typeof ShareViewSchema>;

/** The workspace's list of linked people. */
export const ProShareSummarySchema = z.object({
  id: z.string(),
  label: z.string().nullable(),
  linkedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime().nullable(),
  scopes: z.array(ShareScopeSchema),
});
export const ProShareListSchema = z.object({ shares: z.array(ProShareSummarySchema) });
export const ProShareDetailSchema = ProShareSummarySchema.extend({ data: SharedDataSchema });
