// Role-based access for the workspace. A professional and a structure admin act within their own structure;
// a platform admin acts everywhere, including the platform team's queue (requests with no structure).
// Resources of another structure answer 404, never 403: their existence is not disclosed.
import type { ProRole } from '@oz/contracts';

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
