// Reading the audit log: structure admins see their structure's entries, platform admins everything (or one
// structure, or `platform` for entries without a structure). Paged newest first on a stable cursor.
import type { AuditPage, AuditQuery } from '@oz/contracts';
import type { AuditRepository } from '../db/repositories/audit.repository.js';
import { ForbiddenError } from '../errors.js';
import { canAdministerStructure, isPlatformAdmin } from './access.js';
import type { AccessRefusals, Actor } from './access.js';

export interface AuditLogDependencies {
  audit: Pick<AuditRepository, 'list'>;
  refusals: AccessRefusals;
}

export class AuditLogService {
  constructor(private readonly deps: AuditLogDependencies) {}

  async page(actor: Actor, query: AuditQuery): Promise<AuditPage> {
    const subject = { type: 'audit_log' as const, id: query.structureId ?? null };
    if (!isPlatformAdmin(actor)) {
      if (actor.structureId === null || !canAdministerStructure(actor, actor.structureId)) {
        throw await this.deps.refusals.forbidden(
          actor,
          subject,
          new ForbiddenError('forbidden', 'Only structure and platform admins read the audit log.'),
        );
      }
      if (query.structureId !== undefined && query.structureId !== actor.structureId) {
        await this.deps.refusals.refuse(actor, subject, 'other_structure');
        throw new ForbiddenError('forbidden', 'structureId: you can only read your own structure’s log');
      }
    }
    const structureId = isPlatformAdmin(actor)
      ? query.structureId === 'platform'
        ? null
        : query.structureId
      : actor.structureId;
    return this.deps.audit.list({
      structureId,
      subjectId: query.subjectId,
      action: query.action,
      before: query.before === undefined ? undefined : new Date(query.before),
      cursor: query.cursor,
      limit: query.limit,
    });
  }
}
