// The audit log: who did what to whose data, and when — identifiers only, never the data (no payloads).
import type { AuditEntry } from '@oz/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { sortableId } from './sortable-id.js';

export interface AuditEvent {
  actorId: string | null;
  actorRole: string | null;
  /** `request.view`, `request.status_change`, `share.view`, `user.create`, `session.login`… */
  action: string;
  structureId: string | null;
  subjectType: string;
  subjectId: string | null;
}

export interface AuditFilter {
  /** Undefined: every structure (platform admins). */
  structureId?: string | null | undefined;
  subjectId?: string | undefined;
  before?: string | undefined;
  limit: number;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(event: AuditEvent, now: Date): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        id: sortableId(now),
        at: now.toISOString(),
        actor_id: event.actorId,
        actor_role: event.actorRole,
        action: event.action,
        structure_id: event.structureId,
        subject_type: event.subjectType,
        subject_id: event.subjectId,
      })
      .execute();
  }

  async list(filter: AuditFilter): Promise<AuditEntry[]> {
    let query = this.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit);
    if (filter.structureId === null) query = query.where('structure_id', 'is', null);
    else if (filter.structureId !== undefined) query = query.where('structure_id', '=', filter.structureId);
    if (filter.subjectId !== undefined) query = query.where('subject_id', '=', filter.subjectId);
    if (filter.before !== undefined) query = query.where('at', '<', filter.before);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      actorRole: row.actor_role,
      action: row.action,
      structureId: row.structure_id,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
    }));
  }
}
