// Composition root of contact requests and the professionals' workspace (issue 5): repositories over the shared
// database, the HMAC secrets every process shares, and the sign-in service.
import fp from 'fastify-plugin';
import { AuditRepository } from '../../db/repositories/audit.repository.js';
import { ContactRequestsRepository } from '../../db/repositories/contact-requests.repository.js';
import { JobsRepository } from '../../db/repositories/jobs.repository.js';
import { LoginThrottlesRepository } from '../../db/repositories/login-throttles.repository.js';
import { OutboxRepository } from '../../db/repositories/outbox.repository.js';
import { ServerSecretsRepository } from '../../db/repositories/server-secrets.repository.js';
import { SessionsRepository } from '../../db/repositories/sessions.repository.js';
import { SharesRepository } from '../../db/repositories/shares.repository.js';
import { StructureProfilesRepository } from '../../db/repositories/structure-profiles.repository.js';
import { UsersRepository } from '../../db/repositories/users.repository.js';
import { AuthService } from '../../pro/auth-service.js';
import type { ProServices } from '../../pro/services.js';

declare module 'fastify' {
  interface FastifyInstance {
    pro: ProServices;
  }
}

export default fp(
  async (app) => {
    const db = app.database.db;
    const now = app.ozOptions.now;
    const secrets = new ServerSecretsRepository(db);
    const [trackingSecret, csrfSecret] = await Promise.all([
      secrets.getOrCreate('tracking-token-hmac', now()),
      secrets.getOrCreate('csrf-token-hmac', now()),
    ]);
    const users = new UsersRepository(db);
    const sessions = new SessionsRepository(db);
    const audit = new AuditRepository(db);
    const services: ProServices = {
      config: app.proConfig,
      now,
      trackingSecret,
      users,
      sessions,
      audit,
      requests: new ContactRequestsRepository(db),
      profiles: new StructureProfilesRepository(db),
      outbox: new OutboxRepository(db),
      jobs: new JobsRepository(db),
      shares: new SharesRepository(db),
      auth: new AuthService({
        users,
        sessions,
        throttles: new LoginThrottlesRepository(db),
        audit,
        config: app.proConfig,
        csrfSecret,
      }),
      publicUrl: app.proConfig.OZ_PUBLIC_URL ?? `http://${app.config.HOST}:${app.config.PORT}`,
    };
    app.decorate('pro', services);
    // Set by routes/api/pro/autohooks.ts on every workspace request.
    app.decorateRequest('proAuth', null);
  },
  { name: 'oz-pro', dependencies: ['oz-database', 'oz-pro-config'] },
);
