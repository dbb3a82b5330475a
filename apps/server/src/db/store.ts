// The repositories over one connection, and units of work: `transact(work)` runs `work` with repositories bound
// to one transaction, so a change, its history, its e-mails and its audit entries commit together or not at all.
// Services declare the few repositories they use (`Transact<Pick<Repositories, 'requests' | 'audit'>>`).
// Inside `work`, use only the repositories it receives: on SQLite the transaction holds the one connection,
// so a query through another handle would wait for it forever.
import type { Kysely } from 'kysely';
import type { SecretBox } from '../pro/secret-box.js';
import { AuditRepository } from './repositories/audit.repository.js';
import { ContactRequestsRepository } from './repositories/contact-requests.repository.js';
import { ImpactRepository } from './repositories/impact.repository.js';
import { JobsRepository } from './repositories/jobs.repository.js';
import { OutboxRepository } from './repositories/outbox.repository.js';
import { RemindersRepository } from './repositories/reminders.repository.js';
import { SessionsRepository } from './repositories/sessions.repository.js';
import { SharesRepository } from './repositories/shares.repository.js';
import { SignInAttemptsRepository } from './repositories/sign-in-attempts.repository.js';
import { StructureProfilesRepository } from './repositories/structure-profiles.repository.js';
import { TeamInvitationsRepository } from './repositories/team-invitations.repository.js';
import { UsersRepository } from './repositories/users.repository.js';
import type { Database } from './schema.js';
import { inTransaction } from './transaction.js';

export interface Repositories {
  audit: AuditRepository;
  requests: ContactRequestsRepository;
  impact: ImpactRepository;
  jobs: JobsRepository;
  outbox: OutboxRepository;
  reminders: RemindersRepository;
  sessions: SessionsRepository;
  shares: SharesRepository;
  signInAttempts: SignInAttemptsRepository;
  profiles: StructureProfilesRepository;
  teamInvitations: TeamInvitationsRepository;
  users: UsersRepository;
}

/** Runs `work` in one transaction with the repositories bound to it. */
export type Transact<R = Repositories> = <T>(work: (repositories: R) => Promise<T>) => Promise<T>;

export interface Store {
  /** Repositories on the shared connection (reads, single-statement writes). */
  readonly repositories: Repositories;
  readonly transact: Transact;
}

export function repositoriesOn(db: Kysely<Database>, secrets: SecretBox): Repositories {
  return {
    audit: new AuditRepository(db),
    requests: new ContactRequestsRepository(db),
    impact: new ImpactRepository(db),
    jobs: new JobsRepository(db),
    outbox: new OutboxRepository(db),
    reminders: new RemindersRepository(db),
    sessions: new SessionsRepository(db),
    shares: new SharesRepository(db),
    signInAttempts: new SignInAttemptsRepository(db),
    profiles: new StructureProfilesRepository(db),
    teamInvitations: new TeamInvitationsRepository(db),
    users: new UsersRepository(db, secrets),
  };
}

export function storeOn(db: Kysely<Database>, secrets: SecretBox): Store {
  return {
    repositories: repositoriesOn(db, secrets),
    transact: (work) => inTransaction(db, (transaction) => work(repositoriesOn(transaction, secrets))),
  };
}
