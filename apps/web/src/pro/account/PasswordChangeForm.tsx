import { useState, type ReactNode } from 'react';
import { TextField } from '../../ui/TextField.js';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { NewPasswordFields, newPasswordProblem, type NewPasswordProblem } from './NewPasswordFields.js';

/** Change one's password; after an admin reset, this is the only screen until it is done. */
export function PasswordChangeForm(props: {
  readonly forced?: boolean;
  readonly onDone: () => void;
}): ReactNode {
  const { t } = useProI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<NewPasswordProblem | null>(null);
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
        const found = newPasswordProblem(next, repeat);
        setProblem(found);
        if (found !== null) return;
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
      <NewPasswordFields
        idPrefix="password"
        label={t('account.newPassword')}
        repeatLabel={t('account.repeatPassword')}
        password={next}
        repeat={repeat}
        onPasswordChange={setNext}
        onRepeatChange={setRepeat}
        problem={problem}
      />
      <button type="submit" className="button button-primary">
        {t('account.passwordSubmit')}
      </button>
    </form>
  );
}
