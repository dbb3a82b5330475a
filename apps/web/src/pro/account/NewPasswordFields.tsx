// Choosing a new password — when changing one's own and when accepting a team invitation: one field with the
// length rule as its hint, one to repeat it, and the problem found (if any) announced. One component so the
// rule and its messages are the same on both screens.
import { PASSWORD_MIN_LENGTH } from '@oz/contracts';
import type { ReactNode } from 'react';
import { TextField } from '../../ui/TextField.js';
import { useProI18n } from '../i18n/ProI18n.js';

export type NewPasswordProblem = 'short' | 'different';

/** What is wrong with the new password and its repetition, or null when it can be sent. */
export function newPasswordProblem(password: string, repeat: string): NewPasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'short';
  return password === repeat ? null : 'different';
}

export function NewPasswordFields(props: {
  readonly idPrefix: string;
  readonly label: string;
  readonly repeatLabel: string;
  readonly password: string;
  readonly repeat: string;
  readonly onPasswordChange: (value: string) => void;
  readonly onRepeatChange: (value: string) => void;
  readonly problem: NewPasswordProblem | null;
}): ReactNode {
  const { t } = useProI18n();
  const { idPrefix, problem } = props;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-new`}>{props.label}</label>
        <span className="field-hint" id={`${idPrefix}-new-hint`}>
          {t('account.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        </span>
        <input
          id={`${idPrefix}-new`}
          type="password"
          autoComplete="new-password"
          aria-describedby={`${idPrefix}-new-hint`}
          aria-invalid={problem === 'short'}
          value={props.password}
          onChange={(event) => props.onPasswordChange(event.target.value)}
        />
      </div>
      <TextField
        id={`${idPrefix}-repeat`}
        label={props.repeatLabel}
        type="password"
        autoComplete="new-password"
        aria-invalid={problem === 'different'}
        value={props.repeat}
        onChange={props.onRepeatChange}
      />
      {problem === null ? null : (
        <p className="field-error" role="alert">
          {t(problem === 'short' ? 'account.tooShort' : 'account.different', { min: PASSWORD_MIN_LENGTH })}
        </p>
      )}
    </>
  );
}
