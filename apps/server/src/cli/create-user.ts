// `npm run oz -- create-user --role admin --email … [--name …] [--structure ID] [--password-stdin]`: creates a
// workspace account — the first platform admin in particular. Without --password-stdin a one-time password is
// generated and printed once; it must be changed at first sign-in.
import { parseArgs } from 'node:util';
import { PASSWORD_MIN_LENGTH } from '@oz/contracts';
import type { ProRole } from '@oz/contracts';
import type { OzConfig } from '../config.js';
import { openMigratedDatabase } from './open-database.js';
import { UsersRepository } from '../db/repositories/users.repository.js';
import { hashPassword } from '../pro/password.js';
import { oneTimePassword } from '../pro/tokens.js';

export const CREATE_USER_USAGE =
  'npm run oz -- create-user --role admin|structure-admin|professional --email EMAIL [--name NAME] [--structure ID] [--password-stdin]';

const ROLE_NAMES: Readonly<Record<string, ProRole>> = {
  admin: 'platform_admin',
  'platform-admin': 'platform_admin',
  'structure-admin': 'structure_admin',
  professional: 'professional',
};

export class CreateUserUsageError extends Error {}

export interface CreateUserOptions {
  role: ProRole;
  email: string;
  name: string;
  structureId: string | null;
  passwordFromStdin: boolean;
}

export function parseCreateUserArgs(args: string[]): CreateUserOptions {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      structure: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const role = ROLE_NAMES[values.role ?? ''];
  if (role === undefined)
    throw new CreateUserUsageError('--role must be admin, structure-admin or professional');
  if (values.email === undefined || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) {
    throw new CreateUserUsageError('--email must be an e-mail address');
  }
  const structureId = values.structure ?? null;
  if ((role === 'platform_admin') !== (structureId === null)) {
    throw new CreateUserUsageError(
      '--structure is required for structure admins and professionals, and refused for admins',
    );
  }
  return {
    role,
    email: values.email,
    name: values.name ?? values.email.split('@')[0] ?? values.email,
    structureId,
    passwordFromStdin: values['password-stdin'],
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function createUserCommand(config: OzConfig, args: string[]): Promise<void> {
  const options = parseCreateUserArgs(args);
  const password = options.passwordFromStdin ? await readStdin() : oneTimePassword();
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new CreateUserUsageError(`the password must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const { database, secrets } = await openMigratedDatabase(config);
  try {
    const user = await new UsersRepository(database.db, secrets).create(
      {
        email: options.email,
        displayName: options.name,
        role: options.role,
        structureId: options.structureId,
        passwordHash: await hashPassword(password),
        mustChangePassword: !options.passwordFromStdin,
      },
      new Date(),
    );
    console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
    if (!options.passwordFromStdin) {
      console.log(`One-time password (shown only now, to change at first sign-in): ${password}`);
    }
  } finally {
    await database.destroy();
  }
}
