// Professionals' accounts. E-mails are stored lower-cased (one account per address, whatever the case typed).
// TOTP seeds are sealed at rest (pro/secret-box.ts): the records carry them opened, the rows never in clear.
import { randomUUID } from 'node:crypto';
import { ProRoleSchema } from '@oz/contracts';
import type { ProRole, ProUser } from '@oz/contracts';
import type { Kysely, Selectable, Updateable } from 'kysely';
import { ConflictError } from '../../errors.js';
import type { SecretBox } from '../../pro/secret-box.js';
import type { Database } from '../schema.js';
import type { UsersTable } from '../schema-pro.js';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  role: ProRole;
  /** Null only for platform admins. */
  structureId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  /** The active TOTP seed (base32), opened; null when the second factor is off. */
  totpSecret: string | null;
  /** A seed being set up, not yet confirmed. */
  totpPendingSecret: string | null;
  /** Last accepted TOTP time step (replay protection). */
  totpLastStep: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role: ProRole;
  structureId: string | null;
  mustChangePassword: boolean;
}

export type UserChanges = Partial<
  Pick<UserRecord, 'displayName' | 'role' | 'active' | 'passwordHash' | 'mustChangePassword'>
>;

export interface TotpChanges {
  secret?: string | null;
  pendingSecret?: string | null;
  lastStep?: number | null;
}

export class DuplicateEmailError extends ConflictError {
  constructor() {
    super('email_taken', 'email: an account already uses this e-mail address');
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function proUserOf(user: UserRecord): ProUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    structureId: user.structureId,
    active: user.active,
    totpEnabled: user.totpSecret !== null,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Where a seed is bound (associated data of its seal): a seed copied to another account does not open. */
export function totpContextOf(userId: string): string {
  return `totp:${userId}`;
}

export class UsersRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly secrets: SecretBox,
  ) {}

  private recordOf(row: Selectable<UsersTable>): UserRecord {
    const open = (value: string | null): string | null =>
      value === null ? null : this.secrets.open(value, totpContextOf(row.id));
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      passwordHash: row.password_hash,
      role: ProRoleSchema.parse(row.role),
      structureId: row.structure_id,
      active: Number(row.active) === 1,
      mustChangePassword: Number(row.must_change_password) === 1,
      totpSecret: open(row.totp_secret),
      totpPendingSecret: open(row.totp_pending_secret),
      totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async create(user: NewUser, now: Date): Promise<UserRecord> {
    const email = normaliseEmail(user.email);
    const id = randomUUID();
    const inserted = await this.db
      .insertInto('users')
      .values({
        id,
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
      })
      // Two admins creating the same address at once: the unique index decides, without an error that would
      // abort the caller's transaction on PostgreSQL.
      .onConflict((conflict) => conflict.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted === undefined) throw new DuplicateEmailError();
    const created = await this.findById(id);
    if (created === undefined) throw new Error('account vanished right after creation');
    return created;
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : this.recordOf(row);
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', normaliseEmail(email))
      .executeTakeFirst();
    return row === undefined ? undefined : this.recordOf(row);
  }

  /** Users of one structure, or of every structure when `structureId` is undefined (platform admins). */
  async list(structureId: string | null | undefined): Promise<UserRecord[]> {
    let query = this.db.selectFrom('users').selectAll().orderBy('display_name').orderBy('id');
    if (structureId === null) query = query.where('structure_id', 'is', null);
    else if (structureId !== undefined) query = query.where('structure_id', '=', structureId);
    return (await query.execute()).map((row) => this.recordOf(row));
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

  async update(id: string, changes: UserChanges, now: Date): Promise<void> {
    const set: Updateable<UsersTable> = { updated_at: now.toISOString() };
    if (changes.displayName !== undefined) set.display_name = changes.displayName;
    if (changes.role !== undefined) set.role = changes.role;
    if (changes.active !== undefined) set.active = changes.active ? 1 : 0;
    if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
    if (changes.mustChangePassword !== undefined)
      set.must_change_password = changes.mustChangePassword ? 1 : 0;
    await this.db.updateTable('users').set(set).where('id', '=', id).execute();
  }

  async setTotp(id: string, changes: TotpChanges, now: Date): Promise<void> {
    const seal = (value: string | null): string | null =>
      value === null ? null : this.secrets.seal(value, totpContextOf(id));
    const set: Updateable<UsersTable> = { updated_at: now.toISOString() };
    if (changes.secret !== undefined) set.totp_secret = seal(changes.secret);
    if (changes.pendingSecret !== undefined) set.totp_pending_secret = seal(changes.pendingSecret);
    if (changes.lastStep !== undefined) set.totp_last_step = changes.lastStep;
    await this.db.updateTable('users').set(set).where('id', '=', id).execute();
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
