// The jobs of contact requests: the 36 h no-contact alert to the team, the retention purge (closure + retention
// days: contact details, message, attachment and free texts erased), e-mail delivery from the outbox, and the
// clean-up of expired sessions and invitations.
import { noContactAlertEmails } from '../contact/emails.js';
import type { Mailer } from '../plugins/external/mailer.js';
import type { ProServices } from '../pro/services.js';
import type { ScheduledJob } from './runner.js';

const MINUTE_MS = 60_000;

export function contactAlertJob(pro: ProServices): ScheduledJob {
  return {
    name: 'contact-alerts',
    intervalMs: 5 * MINUTE_MS,
    async run(now) {
      let alerted = 0;
      for (const request of await pro.requests.dueForAlert(now)) {
        const team = await pro.users.emailsOfActiveTeam(request.structure_id);
        const emails = noContactAlertEmails(team, request.id, new Date(request.due_at), pro.publicUrl);
        if (await pro.requests.claimAlert(request.id, now, emails)) alerted += 1;
      }
      return `alerted ${alerted}`;
    },
  };
}

export function retentionPurgeJob(pro: ProServices): ScheduledJob {
  return {
    name: 'retention-purge',
    intervalMs: 60 * MINUTE_MS,
    async run(now) {
      const due = await pro.requests.dueForPurge(now);
      for (const id of due) await pro.requests.purge(id, now);
      const idleCutoff = new Date(now.getTime() - pro.config.OZ_SESSION_IDLE_MINUTES * MINUTE_MS);
      const sessions = await pro.sessions.purgeExpired(now, idleCutoff);
      const invitations = await pro.shares.purgeExpiredInvitations(now);
      return `purged ${due.length} requests, ${sessions} sessions, ${invitations} invitations`;
    },
  };
}

export function mailDeliveryJob(pro: ProServices, mailer: Mailer): ScheduledJob {
  return {
    name: 'mail',
    intervalMs: 15_000,
    async run(now) {
      let sent = 0;
      let failed = 0;
      for (const email of await pro.outbox.due(now)) {
        try {
          await mailer.send({ to: email.to_address, subject: email.subject, body: email.body });
          await pro.outbox.markSent(email.id);
          sent += 1;
        } catch {
          await pro.outbox.markFailed(email, now);
          failed += 1;
        }
      }
      return `sent ${sent}, failed ${failed}`;
    },
  };
}
