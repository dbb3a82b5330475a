// Composition root of contact requests, sharing and the professionals' workspace: one store (repositories and
// transactions over the shared database), the HMAC secrets every process shares, and one service per area, each
// given only what it uses. Routes reach their own service (`app.contactRequests`, `app.requestWorkflow`…).
import fp from 'fastify-plugin';
import { ContactService } from '../../contact/contact-service.js';
import { RequestWorkflow } from '../../contact/request-workflow.js';
import { ServerSecretsRepository } from '../../db/repositories/server-secrets.repository.js';
import { storeOn } from '../../db/store.js';
import type { Store } from '../../db/store.js';
import { AccessRefusals } from '../../pro/access.js';
import { AccountService } from '../../pro/account-service.js';
import { AuditLogService } from '../../pro/audit-service.js';
import { AuthService } from '../../pro/auth-service.js';
import { StructuresService } from '../../pro/structures-service.js';
import { TeamInvitationsService } from '../../pro/team-invitations-service.js';
import { TeamService } from '../../pro/team-service.js';
import { PersonSharesService } from '../../sharing/person-shares.js';
import { ProSharesService } from '../../sharing/pro-shares.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Repositories and transactions: for the composition root, jobs and tests — routes use services. */
    store: Store;
    publicUrl: string;
    contactRequests: ContactService;
    requestWorkflow: RequestWorkflow;
    auth: AuthService;
    team: TeamService;
    teamInvitations: TeamInvitationsService;
    account: AccountService;
    personShares: PersonSharesService;
    proShares: ProSharesService;
    structureProfiles: StructuresService;
    auditLog: AuditLogService;
  }
}

export default fp(
  async (app) => {
    const db = app.database.db;
    const now = app.ozOptions.now;
    const config = app.proConfig;
    const secrets = new ServerSecretsRepository(db);
    const [trackingSecret, csrfSecret] = await Promise.all([
      secrets.getOrCreate('tracking-token-hmac', now()),
      secrets.getOrCreate('csrf-token-hmac', now()),
    ]);
    const store = storeOn(db, app.secretBox);
    const { repositories: reads, transact } = store;
    const refusals = new AccessRefusals(reads.audit, now);
    const publicUrl = config.OZ_PUBLIC_URL ?? `http://${app.config.HOST}:${app.config.PORT}`;

    app.decorate('store', store);
    app.decorate('publicUrl', publicUrl);
    app.decorate(
      'contactRequests',
      new ContactService({
        transact,
        reads,
        now,
        trackingSecret,
        publicUrl,
        resolvePlace: (query) => app.places.resolve(query),
      }),
    );
    app.decorate(
      'requestWorkflow',
      new RequestWorkflow({
        transact,
        reads,
        refusals,
        now,
        retentionDays: config.OZ_RETENTION_DAYS,
        publicUrl,
      }),
    );
    app.decorate(
      'auth',
      new AuthService({
        transact,
        reads,
        attempts: {
          maxAttempts: config.OZ_LOGIN_MAX_FAILURES,
          windowMinutes: config.OZ_LOGIN_LOCKOUT_MINUTES,
        },
        limits: {
          idleMinutes: config.OZ_SESSION_IDLE_MINUTES,
          absoluteHours: config.OZ_SESSION_ABSOLUTE_HOURS,
        },
        csrfSecret,
        now,
      }),
    );
    app.decorate('team', new TeamService({ transact, reads, refusals, now }));
    app.decorate(
      'teamInvitations',
      new TeamInvitationsService({ transact, reads, refusals, now, publicUrl }),
    );
    app.decorate('account', new AccountService({ transact, reads, now }));
    app.decorate('personShares', new PersonSharesService({ transact, reads, now }));
    app.decorate('proShares', new ProSharesService({ transact, reads, refusals, now, publicUrl }));
    app.decorate('structureProfiles', new StructuresService({ transact, reads, refusals, now }));
    app.decorate('auditLog', new AuditLogService({ audit: reads.audit, refusals }));
    // Set by routes/api/pro/autohooks.ts on every workspace request.
    app.decorateRequest('proAuth', null);
  },
  { name: 'oz-pro', dependencies: ['oz-database', 'oz-pro-config', 'oz-places'] },
);
