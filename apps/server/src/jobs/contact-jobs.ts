// The jobs of contact requests: the 36 h no-contact alert to the team (its summary also counts the e-mails given
// up in the last 36 h: the 48 h promise depends on them), the retention purge (closure + retention days: contact
// details, message, attachment and free texts erased; expired sessions, invitations — to link with a person, and
// ended team invitations — and sign-in windows), and e-mail delivery from the outbox. Summaries hold counts only;
// e-mail failures are logged with their error class and code, never an address.
import { NO_CONTACT_ALERT_HOURS } from '@oz/core';
import { noContactAlertEmails } from '../contact/emails.js';
import type { Repositories, Transact } from '../db/store.js';
import type { ScheduledJob } from './runner.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export interface JobLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface Mailer {
  readonly configured: boolean;
  send(message: { to: string; subject: string; body: string }): Promise<void>;
}

export function contactAlertJob(deps: {
  reads: Pick<Repositories, 'requests' | 'outbox'>;
  transact: Transact<Pick<Repositories, 'requests' | 'outbox' | 'users'>>;
  publicUrl: string;
}): ScheduledJob {
  return {
    name: 'contact-alerts',
    intervalMs: 5 * MINUTE_MS,
    async run(now) {
      let alerted = 0;
      for (const request of await deps.reads.requests.dueForAlert(now)) {
        const claimed = await deps.transact(async ({ requests, outbox, users }) => {
          if (!(await requests.claimAlert(request.id, now))) return false;
          const team = await users.emailsOfActiveTeam(request.structureId);
          await outbox.enqueue(
            noContactAlertEmails(team, request.id, new Date(request.dueAt), deps.publicUrl),
            now,
          );
          return true;
        });
        if (claimed) alerted += 1;
      }
      const since = new Date(now.getTime() - NO_CONTACT_ALERT_HOURS * HOUR_MS);
      const dropped = await deps.reads.outbox.droppedSince(since);
      return `alerted ${alerted}, e-mails dropped in the last ${NO_CONTACT_ALERT_HOURS} h ${dropped}`;
    },
  };
}

export function retentionPurgeJob(deps: {
  reads: Pick<
    Repositories,
    'requests' | 'sessions' | 'shares' | 'signInAttempts' | 'outbox' | 'teamInvitations'
  >;
  transact: Transact<Pick<Repositories, 'requests' | 'audit'>>;
  retentionDays: number;
  sessionIdleMinutes: number;
}): ScheduledJob {
  return {
    name: 'retention-purge',
    intervalMs: 60 * MINUTE_MS,
    async run(now) {
      let purged = 0;
      for (const id of await deps.reads.requests.dueForPurge(now)) {
        const done = await deps.transact(async ({ requests, audit }) => {
          if (!(await requests.purge(id, now))) return false;
          await audit.record(
            {
              actorId: null,
              actorRole: 'system',
              action: 'request.purge',
              structureId: (await requests.findById(id))?.structureId ?? null,
              subjectType: 'contact_request',
              subjectId: id,
            },
            now,
          );
          return true;
        });
        if (done) purged += 1;
      }
      const idleCutoff = new Date(now.getTime() - deps.sessionIdleMinutes * MINUTE_MS);
      const sessions = await deps.reads.sessions.purgeExpired(now, idleCutoff);
      const invitations =
        (await deps.reads.shares.purgeExpiredInvitations(now)) +
        (await deps.reads.teamInvitations.purgeEndedBefore(now));
      const windows = await deps.reads.signInAttempts.purgeEnded(now);
      const drops = await deps.reads.outbox.purgeDropsBefore(
        new Date(now.getTime() - deps.retentionDays * DAY_MS),
      );
      return `purged ${purged} requests, ${sessions} sessions, ${invitations} invitations, ${windows} sign-in windows, ${drops} e-mail drop records`;
    },
  };
}

/** `ECONNECTION`, `EENVELOPE:550`…: nodemailer's code and the SMTP reply code, never its message (it may quote addresses). */
function errorCodeOf(error: unknown): { errorClass: string; code: string } {
  if (!(error instanceof Error)) return { errorClass: typeof error, code: 'unknown' };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
  const reply =
    'responseCode' in error && typeof error.responseCode === 'number' ? `:${error.responseCode}` : '';
  return { errorClass: error.name, code: `${code}${reply}` };
}

export function mailDeliveryJob(deps: {
  outbox: Repositories['outbox'];
  mailer: Mailer;
  log: JobLogger;
}): ScheduledJob {
  return {
    name: 'mail',
    intervalMs: 15_000,
    async run(now) {
      let sent = 0;
      let failed = 0;
      let dropped = 0;
      const due = await deps.outbox.due(now);
      if (!deps.mailer.configured) {
        // No SMTP (development, or OZ_MAIL_DISABLED): nothing can be sent; each e-mail is recorded as dropped.
        for (const email of due) await deps.outbox.drop(email, now, email.attempts, 'mail_disabled');
        if (due.length > 0)
          deps.log.warn({ count: due.length }, 'e-mails not sent: no SMTP_URL (mail is off)');
        return `sent 0, failed 0, dropped ${due.length} (mail off)`;
      }
      for (const email of due) {
        try {
          await deps.mailer.send(email);
          await deps.outbox.markSent(email.id);
          sent += 1;
        } catch (error) {
          const { errorClass, code } = errorCodeOf(error);
          const outcome = await deps.outbox.markFailed(email, now, code);
          const details = {
            errorClass,
            code,
            kind: email.kind,
            attempt: email.attempts + 1,
            requestId: email.requestId,
          };
          if (outcome === 'dropped') {
            dropped += 1;
            deps.log.warn(details, 'e-mail dropped after its last attempt');
          } else {
            failed += 1;
            deps.log.warn(details, 'e-mail delivery failed, will retry');
          }
        }
      }
      return `sent ${sent}, failed ${failed}, dropped ${dropped}`;
    },
  };
}
