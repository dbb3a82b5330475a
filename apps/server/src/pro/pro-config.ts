// Configuration of contact requests, the professionals' workspace, e-mail and scheduled jobs, read from the
// environment and validated at start like config.ts (a bad value stops the server, naming the variable).
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS } from '@oz/core';
import { z } from 'zod';
import { ConfigError } from '../config.js';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const ProEnvironmentSchema = z
  .object({
    /**
     * `smtp://user:pass@host:587` or `smtps://…`. Required in production unless OZ_MAIL_DISABLED=true; unset in
     * development → e-mails are not sent (recorded as dropped, with a warning).
     */
    SMTP_URL: optionalText.refine((value) => value === undefined || /^smtps?:\/\//.test(value), {
      message: 'must be an smtp:// or smtps:// URL',
    }),
    /** Explicitly run without e-mail (teams then see new requests only in the workspace). */
    OZ_MAIL_DISABLED: booleanFlag,
    OZ_MAIL_FROM: z.string().trim().min(3).default('Oz <ne-pas-repondre@oz.localhost>'),
    /** Public origin of the app, for links in e-mails and invitation QR codes. */
    OZ_PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    OZ_RETENTION_DAYS: z.coerce.number().int().min(0).max(MAX_RETENTION_DAYS).default(DEFAULT_RETENTION_DAYS),
    OZ_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    OZ_SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24)
      .default(12),
    OZ_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    OZ_LOGIN_LOCKOUT_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /** How often this process looks for due jobs; 0 disables the timer (tests run jobs explicitly). */
    OZ_JOBS_INTERVAL_MS: z.coerce.number().int().min(0).default(30_000),
    NODE_ENV: optionalText,
  })
  .superRefine((config, context) => {
    // The 48 h promise rests on e-mails to the teams: production never runs without mail by accident.
    if (config.NODE_ENV === 'production' && config.SMTP_URL === undefined && !config.OZ_MAIL_DISABLED) {
      context.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'required in production (or set OZ_MAIL_DISABLED=true to run without e-mail, knowingly)',
      });
    }
  });

export type ProConfig = z.infer<typeof ProEnvironmentSchema>;

export function loadProConfig(environment: NodeJS.ProcessEnv = process.env): ProConfig {
  const result = ProEnvironmentSchema.safeParse(environment);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return result.data;
}
