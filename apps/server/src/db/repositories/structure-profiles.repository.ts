// What structures that joined Oz declare (areas served, wait time, whether they accept new people) and the
// routing of new contact requests that follows from it.
import { PublicSchema } from '@oz/contracts';
import type { StructureProfile, StructureProfileUpdate } from '@oz/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { StructureProfilesTable } from '../schema-pro.js';
import { inTransaction } from '../transaction.js';
import { bumpDirectoryVersion } from './directory-version.js';

type ProfileRow = Selectable<StructureProfilesTable> & { name: string };

function departementsOf(stored: string): string[] {
  return stored.split(',').filter((code) => code !== '');
}

function storedDepartements(codes: readonly string[]): string {
  return codes.length === 0 ? ',' : `,${[...new Set(codes)].sort().join(',')},`;
}

/** Declared publics are stored comma-joined; an empty declaration ('') reads back as an empty list. */
function publicsOf(stored: string | null): StructureProfile['publics'] {
  if (stored === null) return null;
  return stored
    .split(',')
    .filter((value) => value !== '')
    .map((value) => PublicSchema.parse(value));
}

function profileOfRow(row: ProfileRow): StructureProfile {
  return {
    structureId: row.structure_id,
    name: row.name,
    servesDepartements: departementsOf(row.serves_departements),
    publics: publicsOf(row.publics),
    openingHours: row.opening_hours,
    waitTimeDays: row.wait_time_days === null ? null : Number(row.wait_time_days),
    acceptingNewPeople: row.accepting_new_people === 1,
    receivesRequests: row.receives_requests === 1,
    updatedAt: row.updated_at,
  };
}

export class StructureProfilesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private selectProfiles() {
    return this.db
      .selectFrom('structure_profiles')
      .innerJoin('structures', 'structures.id', 'structure_profiles.structure_id')
      .selectAll('structure_profiles')
      .select('structures.name as name');
  }

  async find(structureId: string): Promise<StructureProfile | undefined> {
    const row = await this.selectProfiles()
      .where('structure_profiles.structure_id', '=', structureId)
      .executeTakeFirst();
    return row === undefined ? undefined : profileOfRow(row);
  }

  async list(): Promise<StructureProfile[]> {
    const rows = await this.selectProfiles().orderBy('structures.name').execute();
    return rows.map(profileOfRow);
  }

  async structureName(structureId: string): Promise<{ name: string; phone: string | null } | undefined> {
    return this.db
      .selectFrom('structures')
      .select(['name', 'phone'])
      .where('id', '=', structureId)
      .executeTakeFirst();
  }

  /**
   * Creates the profile (the structure joins Oz) or updates the given fields, and bumps the directory version
   * in the same transaction (the public directory shows what structures declare).
   */
  async upsert(
    structureId: string,
    update: StructureProfileUpdate,
    actorId: string,
    now: Date,
  ): Promise<void> {
    await inTransaction(this.db, async (transaction) => {
      await writeProfile(transaction, structureId, update, actorId, now);
      await bumpDirectoryVersion(transaction);
    });
  }

  /**
   * The structure that receives a request from this département: one that receives requests and serves it,
   * preferring those accepting new people, then the shortest declared wait, then the name (stable). Undefined
   * → the platform team.
   */
  async routeFor(departement: string): Promise<string | undefined> {
    const row = await this.selectProfiles()
      .where('structure_profiles.receives_requests', '=', 1)
      .where('structure_profiles.serves_departements', 'like', `%,${departement},%`)
      .where('structures.status', '=', 'open')
      .orderBy('structure_profiles.accepting_new_people', 'desc')
      .orderBy((eb) => eb.fn.coalesce('structure_profiles.wait_time_days', eb.val(9999)))
      .orderBy('structures.name')
      .executeTakeFirst();
    return row?.structure_id;
  }
}

async function writeProfile(
  db: Kysely<Database>,
  structureId: string,
  update: StructureProfileUpdate,
  actorId: string,
  now: Date,
): Promise<void> {
  const existing = await db
    .selectFrom('structure_profiles')
    .select('structure_id')
    .where('structure_id', '=', structureId)
    .executeTakeFirst();
  const changes = {
    ...(update.servesDepartements === undefined
      ? {}
      : { serves_departements: storedDepartements(update.servesDepartements) }),
    ...(update.publics === undefined
      ? {}
      : { publics: update.publics === null ? null : update.publics.join(',') }),
    ...(update.openingHours === undefined ? {} : { opening_hours: update.openingHours }),
    ...(update.waitTimeDays === undefined ? {} : { wait_time_days: update.waitTimeDays }),
    ...(update.acceptingNewPeople === undefined
      ? {}
      : { accepting_new_people: update.acceptingNewPeople ? 1 : 0 }),
    ...(update.receivesRequests === undefined ? {} : { receives_requests: update.receivesRequests ? 1 : 0 }),
    updated_at: now.toISOString(),
    updated_by: actorId,
  };
  if (existing === undefined) {
    await db
      .insertInto('structure_profiles')
      .values({
        structure_id: structureId,
        serves_departements: ',',
        accepting_new_people: 1,
        receives_requests: 1,
        ...changes,
      })
      .execute();
  } else {
    await db.updateTable('structure_profiles').set(changes).where('structure_id', '=', structureId).execute();
  }
}
