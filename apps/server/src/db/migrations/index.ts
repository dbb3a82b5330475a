// Every migration, in order. Imported statically (not read from disk) so the same list works from
// src/ under tsx/Vitest and from the compiled dist/. Data migrations that need a key get it from the context.
import type { Migration } from 'kysely';
import type { SecretBox } from '../../pro/secret-box.js';
import * as structures from './001-structures.js';
import * as rateLimitCounters from './002-rate-limit-counters.js';
import * as proAccounts from './010-pro-accounts.js';
import * as contactRequests from './011-contact-requests.js';
import * as auditJobsMail from './012-audit-jobs-mail.js';
import * as sharing from './013-sharing.js';
import * as shareDiaryDays from './014-share-diary-days.js';
import * as auditCursor from './020-audit-cursor.js';
import * as signInAttempts from './021-sign-in-attempts.js';
import * as mailDrops from './022-mail-drops.js';
import { sealTotpSecrets } from './023-seal-totp-secrets.js';
import * as teamInvitations from './024-team-invitations.js';
import * as reminderSubscriptions from './040-reminder-subscriptions.js';
import * as directoryVersion from './050-directory-version.js';
import * as impact from './065-impact.js';

export interface MigrationContext {
  /** Seals secrets at rest; required only when a data migration finds secrets to seal. */
  secrets?: SecretBox | undefined;
}

export function migrationsFor(context: MigrationContext = {}): Readonly<Record<string, Migration>> {
  return {
    '001-structures': structures,
    '002-rate-limit-counters': rateLimitCounters,
    '010-pro-accounts': proAccounts,
    '011-contact-requests': contactRequests,
    '012-audit-jobs-mail': auditJobsMail,
    '013-sharing': sharing,
    '014-share-diary-days': shareDiaryDays,
    '020-audit-cursor': auditCursor,
    '021-sign-in-attempts': signInAttempts,
    '022-mail-drops': mailDrops,
    '023-seal-totp-secrets': sealTotpSecrets(context.secrets),
    '024-team-invitations': teamInvitations,
    '040-reminder-subscriptions': reminderSubscriptions,
    '050-directory-version': directoryVersion,
    '065-impact': impact,
  };
}
