// Team invitations (issue 9): structure admins add colleagues by e-mail, never learning whether the address
// already has an account on Oz (addresses are unique across Oz, accounts belong to one structure). Whatever
// the address, the admin gets the same answer and sees the same pending invitation; the address gets either the
// one-time link or a notice that it already has an account. Each change, its audit entry and its e-mail commit
// together; refusals are audited.
import { TEAM_INVITATION_VALID_DAYS } from '@oz/contracts';
import type { TeamInvitation, TeamInvitationCreate } from '@oz/contracts';
import type { TeamInvitationRecord } from '../db/repositories/team-invitations.repository.js';
import { DuplicateEmailError } from '../db/repositories/users.repository.js';
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
import { alreadyRegisteredEmail, teamInvitationEmail } from './team-invitation-emails.js';
import { randomToken, sha256 } from './tokens.js';

export interface TeamInvitationsDependencies {
  transact: Transact<Pick<Repositories, 'teamInvitations' | 'users' | 'audit' | 'outbox'>>;
  reads: Pick<Repositories, 'teamInvitations' | 'profiles'>;
  refusals: AccessRefusals;
  now: () => Date;
  publicUrl: string;
}

const DAY_MS = 86_400_000;
const invitationSubject = (id: string | null) => ({ type: 'invitation' as const, id });

/** Unknown, expired, used, revoked, or the address got an account meanwhile: one answer for all. */
function invalidInvitation(): InvalidInputError {
  return new InvalidInputError(
    'invitation_invalid',
    'token: this invitation link is invalid, has expired or has already been used',
  );
}

export function teamInvitationOf(record: TeamInvitationRecord): TeamInvitation {
  return {
    id: record.id,
    email: record.email,
    displayName: record.displayName,
    role: record.role,
    expiresAt: record.expiresAt,
    status: 'pending',
  };
}

export class TeamInvitationsService {
  constructor(private readonly deps: TeamInvitationsDependencies) {}

  private async requireAdmin(actor: Actor): Promise<void> {
    if (isStructureAdminOrAbove(actor)) return;
    throw await this.deps.refusals.forbidden(
      actor,
      invitationSubject(null),
      new ForbiddenError('forbidden', 'Only structure and platform admins invite colleagues.'),
    );
  }

  /** The structure the invitation is for, once the actor's right to invite there with this role is checked. */
  private async targetStructure(actor: Actor, body: TeamInvitationCreate): Promise<string | null> {
    const { role } = body;
    if (!canGrantRole(actor, role)) {
      throw await this.deps.refusals.forbidden(
        actor,
        invitationSubject(null),
        new ForbiddenError('forbidden', 'role: you cannot invite someone with this role'),
      );
    }
    if (role === 'platform_admin') return null;
    const structureId = body.structureId ?? actor.structureId;
    if (structureId === null) {
      throw new InvalidInputError(
        'invalid_request',
        'structureId: required for professionals and structure admins',
      );
    }
    if (!canAdministerStructure(actor, structureId)) {
      await this.deps.refusals.refuse(actor, { type: 'structure', id: structureId }, 'other_structure');
      throw new ForbiddenError('forbidden', 'structureId: you can only invite people to your own structure');
    }
    return structureId;
  }

  /** Invites someone; the same answer whether or not the address already has an account. */
  async create(actor: Actor, body: TeamInvitationCreate): Promise<TeamInvitation> {
    await this.requireAdmin(actor);
    const structureId = await this.targetStructure(actor, body);
    const structure = structureId === null ? null : await this.deps.reads.profiles.structureName(structureId);
    if (structure === undefined) {
      throw new InvalidInputError('unknown_structure', 'structureId: no such structure in the directory');
    }
    const token = randomToken();
    const now = this.deps.now();
    const record = await this.deps.transact(async ({ teamInvitations, users, audit, outbox }) => {
      const invitation = await teamInvitations.create(
        {
          structureId,
          email: body.email,
          displayName: body.displayName,
          role: body.role,
          tokenHash: sha256(token),
          invitedBy: actor.userId,
          expiresAt: new Date(now.getTime() + TEAM_INVITATION_VALID_DAYS * DAY_MS),
        },
        now,
      );
      const mail = {
        to: invitation.email,
        displayName: invitation.displayName,
        structureName: structure?.name ?? null,
        validDays: TEAM_INVITATION_VALID_DAYS,
      };
      const taken = (await users.findByEmail(invitation.email)) !== undefined;
      await outbox.enqueue(
        [taken ? alreadyRegisteredEmail(mail) : teamInvitationEmail(mail, this.deps.publicUrl, token)],
        now,
      );
      await audit.record(
        auditOf(actor, 'team_invitation.create', structureId, invitationSubject(invitation.id)),
        now,
      );
      return invitation;
    });
    return teamInvitationOf(record);
  }

  /** Pending invitations of one's structure (platform admins: everyone's, or one structure's). */
  async list(actor: Actor, structureId: string | undefined): Promise<TeamInvitation[]> {
    await this.requireAdmin(actor);
    const wanted = structureId === 'platform' ? null : structureId;
    const scope = isPlatformAdmin(actor) ? wanted : actor.structureId;
    return (await this.deps.reads.teamInvitations.listPending(scope, this.deps.now())).map(teamInvitationOf);
  }

  /** Revokes a pending invitation: its link stops working. Another structure's answers 404 (audited). */
  async revoke(actor: Actor, id: string): Promise<void> {
    await this.requireAdmin(actor);
    const invitation = await this.deps.reads.teamInvitations.findById(id);
    const notFound = new NotFoundError(
      'invitation_not_found',
      'No such pending invitation in your structure.',
    );
    if (invitation === undefined || invitation.acceptedAt !== null) throw notFound;
    if (!canAdministerStructure(actor, invitation.structureId)) {
      throw await this.deps.refusals.notFound(actor, invitationSubject(id), notFound);
    }
    const now = this.deps.now();
    await this.deps.transact(async ({ teamInvitations, audit }) => {
      if (!(await teamInvitations.delete(id))) throw notFound;
      await audit.record(
        auditOf(actor, 'team_invitation.revoke', invitation.structureId, invitationSubject(id)),
        now,
      );
    });
  }

  /** The invitee chooses a password: the account is created in the structure with the role, once. */
  async accept(token: string, password: string): Promise<{ email: string }> {
    const now = this.deps.now();
    const invitation = await this.deps.reads.teamInvitations.findByTokenHash(sha256(token));
    if (
      invitation === undefined ||
      invitation.acceptedAt !== null ||
      invitation.expiresAt <= now.toISOString()
    ) {
      throw invalidInvitation();
    }
    const passwordHash = await hashPassword(password);
    return this.deps.transact(async ({ teamInvitations, users, audit }) => {
      if (!(await teamInvitations.markAccepted(invitation.id, now))) throw invalidInvitation();
      const { email, displayName, role, structureId } = invitation;
      const user = await users
        .create({ email, displayName, role, structureId, passwordHash, mustChangePassword: false }, now)
        .catch((error: unknown) => {
          throw error instanceof DuplicateEmailError ? invalidInvitation() : error;
        });
      const actor = { userId: user.id, role: user.role, structureId: user.structureId };
      await audit.record(
        auditOf(actor, 'team_invitation.accept', structureId, invitationSubject(invitation.id)),
        now,
      );
      return { email: user.email };
    });
  }
}
