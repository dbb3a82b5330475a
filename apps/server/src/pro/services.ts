// What the contact-request and workspace routes and jobs depend on, built once in plugins/app/pro.ts (tests
// reach the same objects through `app.pro`).
import type { AuditRepository } from '../db/repositories/audit.repository.js';
import type { ContactRequestsRepository } from '../db/repositories/contact-requests.repository.js';
import type { JobsRepository } from '../db/repositories/jobs.repository.js';
import type { OutboxRepository } from '../db/repositories/outbox.repository.js';
import type { SessionsRepository } from '../db/repositories/sessions.repository.js';
import type { SharesRepository } from '../db/repositories/shares.repository.js';
import type { StructureProfilesRepository } from '../db/repositories/structure-profiles.repository.js';
import type { UsersRepository } from '../db/repositories/users.repository.js';
import type { AuthService } from './auth-service.js';
import type { ProConfig } from './pro-config.js';

export interface ProServices {
  config: ProConfig;
  now: () => Date;
  /** HMAC key deriving tracking tokens and payload fingerprints from idempotency keys. */
  trackingSecret: string;
  /** Origin used in e-mail links and invitation QR codes. */
  publicUrl: string;
  users: UsersRepository;
  sessions: SessionsRepository;
  audit: AuditRepository;
  requests: ContactRequestsRepository;
  profiles: StructureProfilesRepository;
  outbox: OutboxRepository;
  jobs: JobsRepository;
  shares: SharesRepository;
  auth: AuthService;
}
