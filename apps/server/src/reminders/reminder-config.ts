// Configuration of reminders (issue 11), validated at start like config.ts: a bad value stops the process with
// a message naming the variable.
import { z } from 'zod';
import { ConfigError } from '../config.js';

const ReminderEnvironmentSchema = z.object({
  /** How often this process looks for due reminders; 0 disables the timer (tests run it explicitly). */
  OZ_REMINDERS_INTERVAL_MS: z.coerce.number().int().min(0).max(300_000).default(15_000),
  /** VAPID contact for push services: `mailto:…` or `https://…` (default: OZ_PUBLIC_URL when it is https). */
  OZ_VAPID_SUBJECT: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || /^(mailto:|https:\/\/)\S+$/.test(value), {
      message: 'must be a mailto: or https:// URL',
    }),
  /** Extra push endpoint hosts (`host[:port]`, comma-separated) besides the browsers' push services. */
  OZ_PUSH_EXTRA_HOSTS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((host) => host.trim())
        .filter((host) => host !== ''),
    ),
});

export type ReminderConfig = z.infer<typeof ReminderEnvironmentSchema>;

export function loadReminderConfig(environment: NodeJS.ProcessEnv = process.env): ReminderConfig {
  const result = ReminderEnvironmentSchema.safeParse(environment);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/** The VAPID subject: the configured one, else the public URL if https, else a mailto: on the public host. */
export function vapidSubjectFor(config: ReminderConfig, publicUrl: string): string {
  if (config.OZ_VAPID_SUBJECT !== undefined) return config.OZ_VAPID_SUBJECT;
  const url = new URL(publicUrl);
  return url.protocol === 'https:' ? url.origin : `mailto:reminders@${url.hostname}`;
}
