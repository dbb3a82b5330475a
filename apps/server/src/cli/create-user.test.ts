import { describe, expect, it } from 'vitest';
import { CreateUserUsageError, parseCreateUserArgs } from './create-user.js';

describe('create-user arguments', () => {
  it('maps role names and defaults the display name', () => {
    expect(parseCreateUserArgs(['--role', 'admin', '--email', 'chloe@oz.test'])).toEqual({
      role: 'platform_admin',
      email: 'chloe@oz.test',
      name: 'chloe',
      structureId: null,
      passwordFromStdin: false,
    });
    expect(
      parseCreateUserArgs([
        '--role',
        'professional',
        '--email',
        'a@oz.test',
        '--structure',
        'finess-1',
        '--password-stdin',
      ]),
    ).toMatchObject({ role: 'professional', structureId: 'finess-1', passwordFromStdin: true });
  });

  it('refuses unknown roles, bad addresses and a missing structure', () => {
    expect(() => parseCreateUserArgs(['--role', 'root', '--email', 'a@oz.test'])).toThrow(
      CreateUserUsageError,
    );
    expect(() => parseCreateUserArgs(['--role', 'admin', '--email', 'nope'])).toThrow(CreateUserUsageError);
    expect(() => parseCreateUserArgs(['--role', 'professional', '--email', 'a@oz.test'])).toThrow(
      /--structure/,
    );
  });
});
