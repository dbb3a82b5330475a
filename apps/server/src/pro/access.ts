// Role-based access for the workspace. A professional and a structure admin act within their own structure;
// a platform admin acts everywhere, including the platform team's queue (requests with no structure).
// Resources of another structure answer 404, never 403: their existence is not disclosed.
import type { AuditDetail, AuditSubjectType, ProRole } from '@oz/contracts';
import type { AuditEvent, AuditRepository } from '../db/repositories/audit.repository.js';
import type { ForbiddenError, NotFoundError } from '../errors.js';

export interface Actor {
  userId: string;
  role: ProRole;
  /** Null only for platform admins. */
  structureId: string | null;
}

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.role === 'platform_admin';
}

/** Whether the actor handles the requests, shares and audit of this structure (null = the platform team). */
export function canActOnStructure(actor: Actor, structureId: string | null): boolean {
  if (isPlatformAdmin(actor)) return true;
  return structureId !== null && actor.structureId === structureId;
}

/** Team and directory-entry management: structure admins for their structure, platform admins anywhere. */
export function canAdministerStructure(actor: Actor, structureId: string | null): boolean {
  if (isPlatformAdmin(actor)) return true;
  return actor.role === 'structure_admin' && structureId !== null && actor.structureId === structureId;
}

/** Roles the actor may give: a structure admin never creates platform admins. */
export function canGrantRole(actor: Actor, role: ProRole): boolean {
  if (isPlatformAdmin(actor)) return true;
  return actor.role === 'structure_admin' && role !== 'platform_admin';
}

export function isStructureAdminOrAbove(actor: Actor): boolean {
  return actor.role === 'structure_admin' || actor.role === 'platform_admin';
}

/** The audit entry of something the actor did (ids only). */
export function auditOf(
  actor: Actor,
  action: AuditEvent['action'],
  structureId: string | null,
  subject: { type: AuditSubjectType; id: string | null },
): AuditEvent {
  return {
    actorId: actor.userId,
    actorRole: actor.role,
    action,
    structureId,
    subjectType: subject.type,
    subjectId: subject.id,
  };
}

/**
 * Refusals of a signed-in professional are audited (issue 9): reaching for another structure's data or for a
 * role above one's own is what an audit must show. The entry goes to the actor's own structure (their admins
 * see it) and names the subject asked for, never its content. It is written on its own: nothing else happens.
 */
export class AccessRefusals {
  constructor(
    private readonly audit: Pick<AuditRepository, 'record'>,
    private readonly now: () => Date,
  ) {}

  async refuse(
    actor: Actor,
    subject: { type: AuditSubjectType; id: string | null },
    detail: AuditDetail,
  ): Promise<void> {
    await this.audit.record(
      { ...auditOf(actor, 'access.denied', actor.structureId, subject), detail },
      this.now(),
    );
  }

  /** Audits and returns the 404 to throw for a subject outside the actor's structures. */
  async notFound(
    actor: Actor,
    subject: { type: AuditSubjectType; id: string | null },
    error: NotFoundError,
  ): Promise<NotFoundError> {
    await this.refuse(actor, subject, 'other_structure');
    return error;
  }

  /** Audits and returns the 403 to throw for a role too low. */
  async forbidden(
    actor: Actor,
    subject: { type: AuditSubjectType; id: string | null },
    error: ForbiddenError,
  ): Promise<ForbiddenError> {
    await this.refuse(actor, subject, 'role');
    return error;
  }
}
