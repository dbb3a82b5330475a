// Sign-in and session checks for the workspace: argon2id passwords, optional TOTP, at most a few checks per
// address and window (counted before checking, so a parallel burst gets no more), database sessions with idle and
// absolute expiry, and a CSRF token derived from the session id (synchronizer token: HMAC(server secret, session
// id)). Failed and refused sign-ins are audited. See docs/adr/0003 and docs/security.md.
import type { AuditDetail, Login, ProSession } from '@oz/contracts';
import type { AuditEvent } from '../db/repositories/audit.repository.js';
import type { SessionRecord } from '../db/repositories/sessions.repository.js';
import type { AttemptPolicy } from '../db/repositories/sign-in-attempts.repository.js';
import { normaliseEmail, proUserOf } from '../db/repositories/users.repository.js';
import type { UserRecord } from '../db/repositories/users.repository.js';
import type { Repositories, Transact } from '../db/store.js';
import { NotSignedInError, TooManyAttemptsError } from '../errors.js';
import { verifyDecoy, verifyPassword } from './password.js';
import { absoluteExpiryOf, idleExpiryOf, isSessionAlive, needsTouch } from './session-policy.js';
import type { SessionLimits } from './session-policy.js';
import { hmac, randomToken, sameSecret } from './tokens.js';
import { matchTotp } from './totp.js';

export interface AuthDependencies {
  transact: Transact<Pick<Repositories, 'sessions' | 'audit' | 'signInAttempts'>>;
  reads: Pick<Repositories, 'users' | 'sessions' | 'signInAttempts' | 'audit'>;
  attempts: AttemptPolicy;
  limits: SessionLimits;
  csrfSecret: string;
  now: () => Date;
}

export interface SignedIn {
  sessionId: string;
  user: UserRecord;
  session: SessionRecord;
}

const invalidCredentials = (): NotSignedInError =>
  new NotSignedInError('invalid_credentials', 'Wrong e-mail address or password.');

/** The audit entry of a sign-in event about an address (the account's when it exists, else anonymous). */
function signInAudit(
  user: UserRecord | undefined,
  action: 'session.login' | 'session.login_failed' | 'session.login_locked',
  detail?: AuditDetail,
): AuditEvent {
  return {
    actorId: user?.id ?? null,
    actorRole: user?.role ?? 'anonymous',
    action,
    structureId: user?.structureId ?? null,
    subjectType: 'user',
    subjectId: user?.id ?? null,
    detail,
  };
}

export class AuthService {
  constructor(private readonly deps: AuthDependencies) {}

  /** Checks the credentials (and second factor) and opens a session. */
  async login(input: Login): Promise<SignedIn> {
    const { reads } = this.deps;
    const now = this.deps.now();
    const email = normaliseEmail(input.email);
    const decision = await reads.signInAttempts.register(email, now, this.deps.attempts);
    if (!decision.allowed) {
      // One entry per lockout (its first refused attempt), not one per attempt of a flood.
      if (decision.attempt === this.deps.attempts.maxAttempts + 1) {
        await reads.audit.record(
          signInAudit(await reads.users.findByEmail(email), 'session.login_locked', 'locked'),
          now,
        );
      }
      throw new TooManyAttemptsError(
        'account_locked',
        `Too many sign-in attempts: try again after ${decision.windowEndsAt.toISOString()}.`,
        decision.windowEndsAt,
      );
    }
    const user = await reads.users.findByEmail(email);
    const passwordOk =
      user === undefined
        ? await verifyDecoy(input.password).then(() => false)
        : await verifyPassword(user.passwordHash, input.password);
    if (user === undefined || !passwordOk || !user.active) {
      const detail =
        user === undefined ? 'unknown_account' : passwordOk ? 'inactive_account' : 'wrong_password';
      await reads.audit.record(signInAudit(user, 'session.login_failed', detail), now);
      throw invalidCredentials();
    }
    if (user.totpSecret !== null) await this.checkSecondFactor(user, user.totpSecret, input.totpCode, now);
    const sessionId = randomToken(32);
    const session: SessionRecord = {
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt: absoluteExpiryOf(now, this.deps.limits),
    };
    await this.deps.transact(async ({ signInAttempts, sessions, audit }) => {
      await signInAttempts.clear(email);
      await sessions.create(sessionId, user.id, now, session.absoluteExpiresAt);
      await audit.record(signInAudit(user, 'session.login'), now);
    });
    return { sessionId, user, session };
  }

  private async checkSecondFactor(
    user: UserRecord,
    secret: string,
    code: string | undefined,
    now: Date,
  ): Promise<void> {
    if (code === undefined) {
      throw new NotSignedInError('totp_required', 'Enter the 6-digit code of your authenticator app.');
    }
    const step = matchTotp(secret, code, now);
    if (step === undefined || !(await this.deps.reads.users.claimTotpStep(user.id, step))) {
      await this.deps.reads.audit.record(signInAudit(user, 'session.login_failed', 'wrong_totp'), now);
      throw new NotSignedInError('invalid_totp', 'Wrong or already used authenticator code.');
    }
  }

  /** The signed-in user of a session cookie, or undefined (unknown, expired, or account deactivated). */
  async resolve(sessionId: string): Promise<SignedIn | undefined> {
    const { sessions, users } = this.deps.reads;
    const now = this.deps.now();
    const session = await sessions.find(sessionId);
    if (session === undefined) return undefined;
    if (!isSessionAlive(session, this.deps.limits, now)) {
      await sessions.delete(sessionId);
      return undefined;
    }
    const user = await users.findById(session.userId);
    if (user === undefined || !user.active) return undefined;
    if (needsTouch(session, now)) {
      await sessions.touch(sessionId, now);
      return { sessionId, user, session: { ...session, lastSeenAt: now } };
    }
    return { sessionId, user, session };
  }

  async logout(signedIn: SignedIn): Promise<void> {
    const now = this.deps.now();
    await this.deps.transact(async ({ sessions, audit }) => {
      await sessions.delete(signedIn.sessionId);
      await audit.record({ ...signInAudit(signedIn.user, 'session.login'), action: 'session.logout' }, now);
    });
  }

  csrfTokenOf(sessionId: string): string {
    return hmac(this.deps.csrfSecret, `csrf:${sessionId}`);
  }

  isValidCsrfToken(sessionId: string, token: string | undefined): boolean {
    return token !== undefined && sameSecret(this.csrfTokenOf(sessionId), token);
  }

  view(signedIn: SignedIn): ProSession {
    return {
      user: proUserOf(signedIn.user),
      csrfToken: this.csrfTokenOf(signedIn.sessionId),
      idleExpiresAt: idleExpiryOf(signedIn.session, this.deps.limits).toISOString(),
      absoluteExpiresAt: signedIn.session.absoluteExpiresAt.toISOString(),
    };
  }
}
