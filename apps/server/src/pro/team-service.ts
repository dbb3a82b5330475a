// Team management: structure admins manage their structure's team, platform admins everyone. Only platform
// admins create accounts directly (structure admins invite: team-invitations-service.ts). New accounts and
// resets get a one-time password, shown once to the admin and to be changed at first sign-in. Each change and
// its audit entry are one transaction; refusals are audited.
import type { ProRole, ProUser, UserCreate } from '@oz/contracts';
import { proUserOf } from '../db/repositories/users.repository.js';
import type { UserChanges, UserRecord } from '../db/repositories/users.repository.js';
import type { Repositories, Transact } from '../db/store.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import {
  auditOf,
  canAdministerStructure,
  canGrantRole,
  isPlatformAdmin,
  isStructureAdminOrAbove,
} from './access.js';
import type { AccessRefusals, Actor } from './access.js';
import { hashPassword } from './password.js';
import { oneTimePassword } from './tokens.js';

export interface TeamDependencies {
  transact: Transact<Pick<Repositories, 'users' | 'sessions' | 'audit'>>;
  reads: Pick<Repositories, 'users' | 'profiles'>;
  refusals: AccessRefusals;
  now: () => Date;
}

export interface WithOneTimePassword {
  user: ProUser;
  temporaryPassword: string;
}

export interface UserUpdate {
  displayName?: string | undefined;
  role?: ProRole | undefined;
  active?: boolean | undefined;
}

const userSubject = (id: string | null) => ({ type: 'user' as const, id });

export class TeamService {
  constructor(private readonly deps: TeamDependencies) {}

  private async requireAdmin(actor: Actor): Promise<void> {
    if (isStructureAdminOrAbove(actor)) return;
    throw await this.deps.refusals.forbidden(
      actor,
      userSubject(null),
      new ForbiddenError('forbidden', 'Only structure and platform admins manage accounts.'),
    );
  }

  /** An account the actor may manage; another structure's answers 404 (and is audited). */
  private async manageable(actor: Actor, id: string): Promise<UserRecord> {
    await this.requireAdmin(actor);
    const user = await this.deps.reads.users.findById(id);
    const notFound = new NotFoundError('user_not_found', 'No such account in your structure.');
    if (user === undefined) throw notFound;
    if (!isPlatformAdmin(actor) && !canAdministerStructure(actor, user.structureId)) {
      throw await this.deps.refusals.notFound(actor, userSubject(id), notFound);
    }
    return user;
  }

  /** One's structure's team (structure admins) or everyone (platform admins, optionally one structure). */
  async list(actor: Actor, structureId: string | undefined): Promise<ProUser[]> {
    await this.requireAdmin(actor);
    const wanted = structureId === 'platform' ? null : structureId;
    const scope = isPlatformAdmin(actor) ? wanted : actor.structureId;
    return (await this.deps.reads.users.list(scope)).map(proUserOf);
  }

  /**
   * Creates an account directly: platform admins only. Structure admins invite (team-invitations-service.ts):
   * a creation answers differently for an address that has an account elsewhere, which would disclose it.
   */
  async create(actor: Actor, body: UserCreate): Promise<WithOneTimePassword> {
    if (!isPlatformAdmin(actor)) {
      throw await this.deps.refusals.forbidden(
        actor,
        userSubject(null),
        new ForbiddenError('forbidden', 'Only platform admins create accounts: invite colleagues instead.'),
      );
    }
    const { role, email, displayName } = body;
    const structureId = role === 'platform_admin' ? null : (body.structureId ?? null);
    if (role !== 'platform_admin' && structureId === null) {
      throw new InvalidInputError(
        'invalid_request',
        'structureId: required for professionals and structure admins',
      );
    }
    if (structureId !== null && (await this.deps.reads.profiles.structureName(structureId)) === undefined) {
      throw new InvalidInputError('unknown_structure', 'structureId: no such structure in the directory');
    }
    const temporaryPassword = oneTimePassword();
    const passwordHash = await hashPassword(temporaryPassword);
    const now = this.deps.now();
    const user = await this.deps.transact(async ({ users, audit }) => {
      const created = await users.create(
        { email, displayName, role, structureId, passwordHash, mustChangePassword: true },
        now,
      );
      await audit.record(auditOf(actor, 'user.create', structureId, userSubject(created.id)), now);
      return created;
    });
    return { user: proUserOf(user), temporaryPassword };
  }

  /** Rename, change the role of, deactivate or reactivate an account (deactivation signs it out). */
  async update(actor: Actor, id: string, update: UserUpdate): Promise<ProUser> {
    const user = await this.manageable(actor, id);
    const { role, active, displayName } = update;
    if (
      role !== undefined &&
      (!canGrantRole(actor, role) || (role === 'platform_admin') !== (user.structureId === null))
    ) {
      throw await this.deps.refusals.forbidden(
        actor,
        userSubject(id),
        new ForbiddenError('forbidden', 'role: you cannot give this role to this account'),
      );
    }
    if (user.id === actor.userId && (active === false || (role !== undefined && role !== actor.role))) {
      throw new InvalidInputError('cannot_demote_self', 'You cannot deactivate or demote your own account.');
    }
    const changes: UserChanges = {};
    if (displayName !== undefined) changes.displayName = displayName;
    if (role !== undefined) changes.role = role;
    if (active !== undefined) changes.active = active;
    const now = this.deps.now();
    await this.deps.transact(async ({ users, sessions, audit }) => {
      await users.update(user.id, changes, now);
      if (active === false) await sessions.deleteAllOfUser(user.id);
      await audit.record(auditOf(actor, 'user.update', user.structureId, userSubject(user.id)), now);
    });
    return proUserOf((await this.deps.reads.users.findById(user.id)) ?? user);
  }

  /** A new one-time password (shown once); the account is signed out everywhere. */
  async resetPassword(actor: Actor, id: string): Promise<WithOneTimePassword> {
    const user = await this.manageable(actor, id);
    const temporaryPassword = oneTimePassword();
    const passwordHash = await hashPassword(temporaryPassword);
    const now = this.deps.now();
    await this.deps.transact(async ({ users, sessions, audit }) => {
      await users.update(user.id, { passwordHash, mustChangePassword: true }, now);
      await sessions.deleteAllOfUser(user.id);
      await audit.record(auditOf(actor, 'user.password_reset', user.structureId, userSubject(user.id)), now);
    });
    return { user: proUserOf((await this.deps.reads.users.findById(user.id)) ?? user), temporaryPassword };
  }
}
