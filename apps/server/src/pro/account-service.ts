// The signed-in professional's own account: password change and the optional TOTP second factor. Each change and
// its audit entry are one transaction. TOTP seeds are sealed at rest by the users repository.
import type { ProUser } from '@oz/contracts';
import { proUserOf } from '../db/repositories/users.repository.js';
import type { UserRecord } from '../db/repositories/users.repository.js';
import type { Repositories, Transact } from '../db/store.js';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import { auditOf } from './access.js';
import type { Actor } from './access.js';
import { hashPassword, verifyPassword } from './password.js';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.js';

export interface AccountDependencies {
  transact: Transact<Pick<Repositories, 'users' | 'sessions' | 'audit'>>;
  reads: Pick<Repositories, 'users'>;
  now: () => Date;
}

const actorOfUser = (user: UserRecord): Actor => ({
  userId: user.id,
  role: user.role,
  structureId: user.structureId,
});

export class AccountService {
  constructor(private readonly deps: AccountDependencies) {}

  private async fresh(user: UserRecord): Promise<ProUser> {
    return proUserOf((await this.deps.reads.users.findById(user.id)) ?? user);
  }

  private audit(user: UserRecord, action: 'user.password_change' | 'user.totp_enable' | 'user.totp_disable') {
    return auditOf(actorOfUser(user), action, user.structureId, { type: 'user', id: user.id });
  }

  /** Required after an admin reset; the account's other sessions are signed out. */
  async changePassword(
    user: UserRecord,
    sessionId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<ProUser> {
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new ForbiddenError('wrong_password', 'currentPassword: the current password is wrong');
    }
    const passwordHash = await hashPassword(newPassword);
    const now = this.deps.now();
    await this.deps.transact(async ({ users, sessions, audit }) => {
      await users.update(user.id, { passwordHash, mustChangePassword: false }, now);
      await sessions.deleteAllOfUser(user.id, sessionId);
      await audit.record(this.audit(user, 'user.password_change'), now);
    });
    return this.fresh(user);
  }

  /** A new seed to scan; it becomes active only once confirmed with a code. */
  async startTotp(user: UserRecord): Promise<{ secret: string; otpauthUri: string }> {
    const secret = newTotpSecret();
    await this.deps.reads.users.setTotp(user.id, { pendingSecret: secret }, this.deps.now());
    return { secret, otpauthUri: otpauthUri(secret, user.email) };
  }

  /** From now on sign-in asks for a code; the confirming code's step is already used (no replay). */
  async confirmTotp(user: UserRecord, code: string): Promise<ProUser> {
    const now = this.deps.now();
    const pending = user.totpPendingSecret;
    const step = pending === null ? undefined : matchTotp(pending, code, now);
    if (pending === null || step === undefined) {
      throw new InvalidInputError('invalid_totp', 'code: wrong code, or no TOTP setup in progress');
    }
    await this.deps.transact(async ({ users, audit }) => {
      await users.setTotp(user.id, { secret: pending, pendingSecret: null, lastStep: step }, now);
      await audit.record(this.audit(user, 'user.totp_enable'), now);
    });
    return this.fresh(user);
  }

  async disableTotp(user: UserRecord, password: string): Promise<ProUser> {
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new ForbiddenError('wrong_password', 'password: the password is wrong');
    }
    const now = this.deps.now();
    await this.deps.transact(async ({ users, audit }) => {
      await users.setTotp(user.id, { secret: null, pendingSecret: null, lastStep: null }, now);
      await audit.record(this.audit(user, 'user.totp_disable'), now);
    });
    return this.fresh(user);
  }
}
