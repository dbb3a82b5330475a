// Structures on Oz and what they declare. Everyone signed in can list them (to refer a request); structure
// admins edit their own entry (publics, hours, wait time, accepting new people); platform admins add structures
// to Oz and set the routing (départements served, whether requests are received).
import type { StructureProfile, StructureProfileUpdate } from '@oz/contracts';
import type { Repositories, Transact } from '../db/store.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { auditOf, canAdministerStructure, isPlatformAdmin } from './access.js';
import type { AccessRefusals, Actor } from './access.js';

export interface StructuresDependencies {
  transact: Transact<Pick<Repositories, 'profiles' | 'audit'>>;
  reads: Pick<Repositories, 'profiles'>;
  refusals: AccessRefusals;
  now: () => Date;
}

const notOnOz = (): NotFoundError =>
  new NotFoundError('structure_not_on_oz', 'This structure has not joined Oz.');

export class StructuresService {
  constructor(private readonly deps: StructuresDependencies) {}

  list(): Promise<StructureProfile[]> {
    return this.deps.reads.profiles.list();
  }

  async find(structureId: string): Promise<StructureProfile> {
    const profile = await this.deps.reads.profiles.find(structureId);
    if (profile === undefined) throw notOnOz();
    return profile;
  }

  async update(actor: Actor, structureId: string, update: StructureProfileUpdate): Promise<StructureProfile> {
    const subject = { type: 'structure' as const, id: structureId };
    if (!canAdministerStructure(actor, structureId)) {
      await this.deps.refusals.refuse(
        actor,
        subject,
        actor.role === 'structure_admin' ? 'other_structure' : 'role',
      );
      throw new ForbiddenError('forbidden', 'Only this structure’s admins can change its entry.');
    }
    const routingChange = update.servesDepartements !== undefined || update.receivesRequests !== undefined;
    if (routingChange && !isPlatformAdmin(actor)) {
      throw await this.deps.refusals.forbidden(
        actor,
        subject,
        new ForbiddenError('forbidden', 'servesDepartements: routing is set by the platform team'),
      );
    }
    const { profiles: reads } = this.deps.reads;
    const exists = (await reads.find(structureId)) !== undefined;
    if (!exists && !isPlatformAdmin(actor)) throw notOnOz();
    if ((await reads.structureName(structureId)) === undefined) {
      throw new NotFoundError('structure_not_found', 'No such structure in the directory.');
    }
    const now = this.deps.now();
    return this.deps.transact(async ({ profiles, audit }) => {
      await profiles.upsert(structureId, update, actor.userId, now);
      await audit.record(
        auditOf(actor, exists ? 'structure.update' : 'structure.join', structureId, subject),
        now,
      );
      const profile = await profiles.find(structureId);
      if (profile === undefined) throw new Error('profile vanished after upsert');
      return profile;
    });
  }
}
