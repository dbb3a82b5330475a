import { PASSWORD_MIN_LENGTH } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { TextField } from '../../ui/TextField.js';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';

/** Change one's password; after an admin reset, this is the only screen until it is done. */
export function PasswordChangeForm(props: {
  readonly forced?: boolean;
  readonly onDone: () => void;
}): ReactNode {
  const { t } = useProI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'short' | 'different' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const Heading = props.forced === true ? 'h1' : 'h2';
  return (
    <form
      className="card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        if (next.length < PASSWORD_MIN_LENGTH) return setProblem('short');
        if (next !== repeat) return setProblem('different');
        setProblem(null);
        api.changePassword(current, next).then(() => {
          setDone(true);
          setCurrent('');
          setNext('');
          setRepeat('');
          props.onDone();
        }, setError);
      }}
    >
      <Heading tabIndex={-1}>{t('account.password')}</Heading>
      {props.forced === true ? <p>{t('account.passwordForced')}</p> : null}
      {done ? (
        <p className="notice notice-success" role="status">
          {t('account.passwordChanged')}
        </p>
      ) : null}
      {error === null ? null : <ApiErrorNotice error={error} />}
      <TextField
        id="password-current"
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
      />
      <div className="field">
        <label htmlFor="password-new">{t('account.newPassword')}</label>
        <span className="field-hint" id="password-new-hint">
          {t('account.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        </span>
        <input
          id="password-new"
          type="password"
          autoComplete="new-password"
          aria-describedby="password-new-hint"
          aria-invalid={problem === 'short'}
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
      </div>
      <TextField
        id="password-repeat"
        label={t('account.repeatPassword')}
        type="password"
        autoComplete="new-password"
        aria-invalid={problem === 'different'}
        value={repeat}
        onChange={setRepeat}
      />
      {problem === null ? null : (
        <p className="field-error" role="alert">
          {t(problem === 'short' ? 'account.tooShort' : 'account.different', { min: PASSWORD_MIN_LENGTH })}
        </p>
      )}
      <button type="submit" className="button button-primary">
        {t('account.passwordSubmit')}
      </button>
    </form>
  );
}
