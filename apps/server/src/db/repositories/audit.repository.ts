// The audit log: who did what to whose data, and when — identifiers and codes only, never the data. Entries are
// written on the caller's connection: pass a transaction to write them atomically with the change they record.
import {
  AuditActionSchema,
  AuditActorRoleSchema,
  AuditDetailSchema,
  AuditSubjectTypeSchema,
} from '@oz/contracts';
import type { AuditAction, AuditActorRole, AuditDetail, AuditEntry, AuditSubjectType } from '@oz/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { sortableId } from './sortable-id.js';

export interface AuditEvent {
  actorId: string | null;
  actorRole: AuditActorRole;
  action: AuditAction;
  structureId: string | null;
  subjectType: AuditSubjectType;
  subjectId: string | null;
  detail?: AuditDetail | undefined;
}

export interface AuditFilter {
  /** Undefined: every structure (platform admins); null: entries without a structure. */
  structureId?: string | null | undefined;
  subjectId?: string | undefined;
  action?: AuditAction | undefined;
  before?: Date | undefined;
  /** Id of the last entry already seen: the page holds strictly older entries. */
  cursor?: string | undefined;
  limit: number;
}

export interface AuditSlice {
  entries: AuditEntry[];
  /** Id of the last entry when more may follow, else null. */
  nextCursor: string | null;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(event: AuditEvent, now: Date): Promise<void> {
    await this.recordAll([event], now);
  }

  async recordAll(events: readonly AuditEvent[], now: Date): Promise<void> {
    if (events.length === 0) return;
    await this.db
      .insertInto('audit_log')
      .values(
        events.map((event) => ({
          id: sortableId(now),
          at: now.toISOString(),
          actor_id: event.actorId,
          actor_role: event.actorRole,
          action: event.action,
          structure_id: event.structureId,
          subject_type: event.subjectType,
          subject_id: event.subjectId,
          detail: event.detail ?? null,
        })),
      )
      .execute();
  }

  /**
   * Newest first, paged on the sortable id (instant, per-process sequence, random part): a total order, so a
   * cursor never skips or repeats entries that share a millisecond.
   */
  async list(filter: AuditFilter): Promise<AuditSlice> {
    let query = this.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit + 1);
    if (filter.structureId === null) query = query.where('structure_id', 'is', null);
    else if (filter.structureId !== undefined) query = query.where('structure_id', '=', filter.structureId);
    if (filter.subjectId !== undefined) query = query.where('subject_id', '=', filter.subjectId);
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    if (filter.before !== undefined) query = query.where('at', '<', filter.before.toISOString());
    if (filter.cursor !== undefined) query = query.where('id', '<', filter.cursor);
    const rows = await query.execute();
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      entries: page.map((row) => ({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        actorRole: row.actor_role === null ? null : AuditActorRoleSchema.parse(row.actor_role),
        action: AuditActionSchema.parse(row.action),
        structureId: row.structure_id,
        subjectType: AuditSubjectTypeSchema.parse(row.subject_type),
        subjectId: row.subject_id,
        detail: row.detail === null ? null : AuditDetailSchema.parse(row.detail),
      })),
      nextCursor: rows.length > filter.limit && last !== undefined ? last.id : null,
    };
  }

  /** Entries of one action on some subjects (audit-completeness checks: crash test, tests). */
  async subjectsWith(action: AuditAction, subjectIds: readonly string[]): Promise<Set<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('action', '=', action)
      .where('subject_id', 'in', [...subjectIds])
      .execute();
    return new Set(rows.flatMap((row) => (row.subject_id === null ? [] : [row.subject_id])));
  }
}
