import type { ProCatalogue } from './ProI18n.js';
import { proAccountEn } from './en/account.js';
import { proAdminEn } from './en/admin.js';
import { proImpactEn } from './en/impact.js';
import { proInvitationsEn } from './en/invitations.js';
import { proPeopleEn } from './en/people.js';
import { proQueueEn } from './en/queue.js';
import { proRequestEn } from './en/request.js';
import { proShellEn } from './en/shell.js';
import { proFailuresEn } from './en/failures.js';

/**
 * The workspace in English: a full translation of messages.fr.ts, one module per area in en/ (each typed
 * `Translation` of its French area; the ProCatalogue type refuses a missing key).
 */
export const proEn: ProCatalogue = {
  ...proShellEn,
  ...proQueueEn,
  ...proRequestEn,
  ...proPeopleEn,
  ...proAdminEn,
  ...proAccountEn,
  ...proInvitationsEn,
  ...proImpactEn,
  ...proFailuresEn,
};
