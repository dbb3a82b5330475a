// Every migration, in order. Imported statically (not read from disk) so the same list works from
// src/ under tsx/Vitest and from the compiled dist/.
import type { Migration } from 'kysely';
import * as structures from './001-structures.js';
import * as rateLimitCounters from './002-rate-limit-counters.js';
import * as proAccounts from './010-pro-accounts.js';
import * as contactRequests from './011-contact-requests.js';
import * as auditJobsMail from './012-audit-jobs-mail.js';
import * as sharing from './013-sharing.js';
import * as shareDiaryDays from './014-share-diary-days.js';
import * as directoryVersion from './050-directory-version.js';

export const migrations: Readonly<Record<string, Migration>> = {
  '001-structures': structures,
  '002-rate-limit-counters': rateLimitCounters,
  '010-pro-accounts': proAccounts,
  '011-contact-requests': contactRequests,
  '012-audit-jobs-mail': auditJobsMail,
  '013-sharing': sharing,
  '014-share-diary-days': shareDiaryDays,
  '050-directory-version': directoryVersion,
};
