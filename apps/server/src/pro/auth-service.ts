// Sign-in and session checks for the workspace: argon2id passwords, optional TOTP, temporary lockout per
// address after repeated failures, database sessions with idle and absolute expiry, and a CSRF token derived
// from the session id (synchronizer token: HMAC(server secret, session id)). See docs/adr/0003.
import type { Login, ProSession } from '@oz/contracts';
import type { AuditRepository } from '../db/repositories/audit.repository.js';
import type { LoginThrottlesRepository } from '../db/repositories/login-throttles.repository.js';
import type { SessionRow, SessionsRepository } from '../db/repositories/sessions.repository.js';
import { normaliseEmail, proUserOfRow } from '../db/repositories/users.repository.js';
import type { UserRow, UsersRepository } from '../db/repositories/users.repository.js';
import { HttpError } from '../http-errors.js';
import { verifyDecoy, verifyPassword } from './password.js';
import type { ProConfig } from './pro-config.js';
import { absoluteExpiryOf, idleExpiryOf, isSessionAlive, needsTouch } from './session-policy.js';
import type { SessionLimits } from './session-policy.js';
import { hmac, randomToken, sameSecret } from './tokens.js';
import { matchTotp } from './totp.js';

export interface AuthDependencies {
  users: UsersRepository;
  sessions: SessionsRepository;
  throttles: LoginThrottlesRepository;
  audit: AuditRepository;
  config: ProConfig;
  csrfSecret: string;
}

export interface SignedIn {
  sessionId: string;
  user: UserRow;
  session: SessionRow;
}

const invalidCredentials = (): HttpError =>
  new HttpError(401, 'invalid_credentials', 'Wrong e-mail address or password.');

export class AuthService {
  constructor(private readonly deps: AuthDependencies) {}

  get limits(): SessionLimits {
    return {
      idleMinutes: this.deps.config.OZ_SESSION_IDLE_MINUTES,
      absoluteHours: this.deps.config.OZ_SESSION_ABSOLUTE_HOURS,
    };
  }

  /** Checks the credentials (and second factor) and opens a session; every failure counts towards the lockout. */
  async login(input: Login, now: Date): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    const { throttles, users } = this.deps;
    const lockedUntil = await throttles.lockedUntil(email, now);
    if (lockedUntil !== undefined) {
      throw new HttpError(
        429,
        'account_locked',
        `Too many failed sign-ins: try again after ${lockedUntil.toISOString()}.`,
      );
    }
    const user = await users.findByEmail(email);
    const passwordOk =
      user === undefined
        ? await verifyDecoy(input.password).then(() => false)
        : await verifyPassword(user.password_hash, input.password);
    if (user === undefined || !passwordOk || user.active !== 1) {
      await this.fail(email, now);
      throw invalidCredentials();
    }
    if (user.totp_secret !== null) await this.checkSecondFactor(user, user.totp_secret, input.totpCode, now);
    await throttles.clear(email);
    const sessionId = randomToken(32);
    const absoluteExpiresAt = absoluteExpiryOf(now, this.limits);
    await this.deps.sessions.create(sessionId, user.id, now, absoluteExpiresAt);
    await this.deps.audit.record(
      {
        actorId: user.id,
        actorRole: user.role,
        action: 'session.login',
        structureId: user.structure_id,
        subjectType: 'user',
        subjectId: user.id,
      },
      now,
    );
    const session = await this.deps.sessions.find(sessionId);
    if (session === undefined) throw new Error('session vanished right after creation');
    return { sessionId, user, session };
  }

  private async checkSecondFactor(
    user: UserRow,
    secret: string,
    code: string | undefined,
    now: Date,
  ): Promise<void> {
    if (code === undefined) {
      throw new HttpError(401, 'totp_required', 'Enter the 6-digit code of your authenticator app.');
    }
    const step = matchTotp(secret, code, now);
    if (step === undefined || !(await this.deps.users.claimTotpStep(user.id, step))) {
      await this.fail(user.email, now);
      throw new HttpError(401, 'invalid_totp', 'Wrong or already used authenticator code.');
    }
  }

  private async fail(email: string, now: Date): Promise<void> {
    await this.deps.throttles.recordFailure(email, now, {
      maxFailures: this.deps.config.OZ_LOGIN_MAX_FAILURES,
      lockoutMinutes: this.deps.config.OZ_LOGIN_LOCKOUT_MINUTES,
    });
  }

  /** The signed-in user of a session cookie, or undefined (unknown, expired, or account deactivated). */
  async resolve(sessionId: string, now: Date): Promise<SignedIn | undefined> {
    const session = await this.deps.sessions.find(sessionId);
    if (session === undefined) return undefined;
    const times = {
      lastSeenAt: new Date(session.last_seen_at),
      absoluteExpiresAt: new Date(session.absolute_expires_at),
    };
    if (!isSessionAlive(times, this.limits, now)) {
      await this.deps.sessions.delete(sessionId);
      return undefined;
    }
    const user = await this.deps.users.findById(session.user_id);
    if (user === undefined || user.active !== 1) return undefined;
    if (needsTouch(times, now)) {
      await this.deps.sessions.touch(sessionId, now);
      return { sessionId, user, session: { ...session, last_seen_at: now.toISOString() } };
    }
    return { sessionId, user, session };
  }

  csrfTokenOf(sessionId: string): string {
    return hmac(this.deps.csrfSecret, `csrf:${sessionId}`);
  }

  isValidCsrfToken(sessionId: string, token: string | undefined): boolean {
    return token !== undefined && sameSecret(this.csrfTokenOf(sessionId), token);
  }

  view(signedIn: SignedIn): ProSession {
    const times = {
      lastSeenAt: new Date(signedIn.session.last_seen_at),
      absoluteExpiresAt: new Date(signedIn.session.absolute_expires_at),
    };
    return {
      user: proUserOfRow(signedIn.user),
      csrfToken: this.csrfTokenOf(signedIn.sessionId),
      idleExpiresAt: idleExpiryOf(times, this.limits).toISOString(),
      absoluteExpiresAt: times.absoluteExpiresAt.toISOString(),
    };
  }
}
