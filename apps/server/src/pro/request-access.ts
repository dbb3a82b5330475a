// Loading a contact request for a workspace action: 404 when it does not exist or belongs to a structure the
// actor cannot act on (another structure's request is never disclosed), plus the audit helper.
import type { ContactRequestStatus } from '@oz/core';
import { ContactRequestStatusSchema } from '@oz/contracts';
import type { ContactRequestRow } from '../db/repositories/contact-requests.repository.js';
import { notFound } from '../http-errors.js';
import { canActOnStructure } from './access.js';
import type { Actor } from './access.js';
import type { ProServices } from './services.js';

export type VisibleRequest = ContactRequestRow & {
  assignee_name: string | null;
  statusValue: ContactRequestStatus;
};

export async function visibleRequest(pro: ProServices, actor: Actor, id: string): Promise<VisibleRequest> {
  const row = await pro.requests.findWithAssignee(id);
  if (row === undefined || !canActOnStructure(actor, row.structure_id)) {
    throw notFound('contact_request_not_found', 'No such request in your structure.');
  }
  return { ...row, statusValue: ContactRequestStatusSchema.parse(row.status) };
}

/** Records an action on a person's data: ids only, never the data. */
export async function auditAction(
  pro: ProServices,
  actor: Actor,
  action: string,
  structureId: string | null,
  subject: { type: string; id: string | null },
): Promise<void> {
  await pro.audit.record(
    {
      actorId: actor.userId,
      actorRole: actor.role,
      action,
      structureId,
      subjectType: subject.type,
      subjectId: subject.id,
    },
    pro.now(),
  );
}
