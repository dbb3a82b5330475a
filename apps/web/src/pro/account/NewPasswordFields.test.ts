import { PASSWORD_MIN_LENGTH } from '@oz/contracts';
import { describe, expect, it } from 'vitest';
import { newPasswordProblem } from './NewPasswordFields.js';

describe('newPasswordProblem', () => {
  const long = 'x'.repeat(PASSWORD_MIN_LENGTH);
  it('asks for the minimum length first, then the same password twice', () => {
    expect(newPasswordProblem(long.slice(1), long.slice(1))).toBe('short');
    expect(newPasswordProblem(long, `${long}y`)).toBe('different');
    expect(newPasswordProblem(long, long)).toBeNull();
  });
});
