import type { Message } from '../../i18n/types.js';
import { proAccountFr } from './fr/account.js';
import { proAdminFr } from './fr/admin.js';
import { proImpactFr } from './fr/impact.js';
import { proInvitationsFr } from './fr/invitations.js';
import { proPeopleFr } from './fr/people.js';
import { proQueueFr } from './fr/queue.js';
import { proRequestFr } from './fr/request.js';
import { proShellFr } from './fr/shell.js';
import { proFailuresFr } from './fr/failures.js';

/**
 * The workspace in French (the reference catalogue, one module per area in fr/; messages.en.ts must have
 * every key). A key belongs to exactly one area (catalogue.test.ts).
 */
export const proFr = {
  ...proShellFr,
  ...proQueueFr,
  ...proRequestFr,
  ...proPeopleFr,
  ...proAdminFr,
  ...proAccountFr,
  ...proInvitationsFr,
  ...proImpactFr,
  ...proFailuresFr,
} as const satisfies Record<string, Message>;
