// Professionals' accounts. E-mails are stored lower-cased (one account per address, whatever the case typed).
import { randomUUID } from 'node:crypto';
import { ProRoleSchema } from '@oz/contracts';
import type { ProRole, ProUser } from '@oz/contracts';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { UsersTable } from '../schema-pro.js';

export type UserRow = Selectable<UsersTable>;

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role: ProRole;
  structureId: string | null;
  mustChangePassword: boolean;
}

export class DuplicateEmailError extends Error {
  constructor() {
    super('An account already uses this e-mail address.');
    this.name = 'DuplicateEmailError';
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function proUserOfRow(row: UserRow): ProUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: ProRoleSchema.parse(row.role),
    structureId: row.structure_id,
    active: row.active === 1,
    totpEnabled: row.totp_secret !== null,
    mustChangePassword: row.must_change_password === 1,
  };
}

export class UsersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(user: NewUser, now: Date): Promise<UserRow> {
    const email = normaliseEmail(user.email);
    if (await this.findByEmail(email)) throw new DuplicateEmailError();
    const row: Insertable<UsersTable> = {
      id: randomUUID(),
      email,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      structure_id: user.structureId,
      active: 1,
      must_change_password: user.mustChangePassword ? 1 : 0,
      totp_secret: null,
      totp_pending_secret: null,
      totp_last_step: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    try {
      await this.db.insertInto('users').values(row).execute();
    } catch (error) {
      // Two admins creating the same address at once: the unique index decides.
      if (await this.findByEmail(email)) throw new DuplicateEmailError();
      throw error;
    }
    return this.findByIdOrThrow(row.id);
  }

  private async findByIdOrThrow(id: string): Promise<UserRow> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  async findById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', normaliseEmail(email))
      .executeTakeFirst();
  }

  /** Users of one structure, or of every structure when `structureId` is undefined (platform admins). */
  async list(structureId: string | null | undefined): Promise<UserRow[]> {
    let query = this.db.selectFrom('users').selectAll().orderBy('display_name').orderBy('id');
    if (structureId === null) query = query.where('structure_id', 'is', null);
    else if (structureId !== undefined) query = query.where('structure_id', '=', structureId);
    return query.execute();
  }

  async emailsOfActiveTeam(structureId: string | null): Promise<string[]> {
    let query = this.db.selectFrom('users').select('email').where('active', '=', 1);
    query =
      structureId === null
        ? query.where('role', '=', 'platform_admin')
        : query.where('structure_id', '=', structureId);
    const rows = await query.orderBy('email').execute();
    return rows.map((row) => row.email);
  }

  async update(
    id: string,
    changes: Partial<
      Pick<UserRow, 'display_name' | 'role' | 'active' | 'password_hash' | 'must_change_password'>
    >,
    now: Date,
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ ...changes, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  async setTotp(
    id: string,
    changes: {
      totp_secret?: string | null;
      totp_pending_secret?: string | null;
      totp_last_step?: number | null;
    },
    now: Date,
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ ...changes, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Records a used TOTP step only if it is newer than the last one (a code works once, even under a race). */
  async claimTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
