import type { ProSession } from '@oz/contracts';
import { useEffect, useState, type ReactNode } from 'react';
import { Logo } from '../../ui/icons.js';
import {
  NewPasswordFields,
  newPasswordProblem,
  type NewPasswordProblem,
} from '../account/NewPasswordFields.js';
import { api, ApiFailure } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';

export const INVITATION_PATH = '/pro/invitation';

type Outcome =
  | { readonly kind: 'form' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'created'; readonly email: string };

/**
 * The invitee's page (`/pro/invitation#<token>`, reached from the e-mail without a session): they choose a
 * password with the rules of the password change screen, the account is created, and they are signed in. The
 * token lives in the fragment (never sent to a server in a URL); it is removed from the address bar at once.
 */
export function AcceptInvitationPage(props: {
  readonly onSignedIn: (session: ProSession) => void;
  readonly onSignInNeeded: () => void;
}): ReactNode {
  const { t } = useProI18n();
  const [token] = useState(() => window.location.hash.slice(1));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<NewPasswordProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'form' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (window.location.hash !== '') window.history.replaceState(null, '', INVITATION_PATH);
  }, []);

  const submit = async (): Promise<void> => {
    setBusy(true);
    try {
      const { email } = await api.acceptTeamInvitation(token, password);
      setOutcome({ kind: 'created', email });
      // The account exists now; a failed sign-in (rate limit, network) leaves the sign-in button.
      props.onSignedIn(await api.login({ email, password }));
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'invitation_invalid') setOutcome({ kind: 'invalid' });
      else setOutcome((current) => (current.kind === 'created' ? current : { kind: 'failed', error }));
    } finally {
      setBusy(false);
    }
  };

  const created = outcome.kind === 'created' ? outcome : null;
  return (
    <main id="main" className="pro-main pro-narrow">
      <p className="brand">
        <Logo /> <span>Oz pro</span>
      </p>
      <h1 tabIndex={-1}>{t('invitation.title')}</h1>
      {created !== null ? (
        <div className="notice notice-success" role="status">
          <p>{t('invitation.created', { email: created.email })}</p>
          <button type="button" className="button button-primary" onClick={props.onSignInNeeded}>
            {t('invitation.signIn')}
          </button>
        </div>
      ) : token === '' || outcome.kind === 'invalid' ? (
        <p className="notice notice-error" role="alert">
          {t(token === '' ? 'invitation.missing' : 'invitation.invalid')}
        </p>
      ) : (
        <form
          className="card"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const found = newPasswordProblem(password, repeat);
            setProblem(found);
            if (found === null) void submit();
          }}
        >
          <p>{t('invitation.intro')}</p>
          {outcome.kind === 'failed' ? <ApiErrorNotice error={outcome.error} /> : null}
          <NewPasswordFields
            idPrefix="invitation"
            label={t('invitation.password')}
            repeatLabel={t('invitation.repeat')}
            password={password}
            repeat={repeat}
            onPasswordChange={setPassword}
            onRepeatChange={setRepeat}
            problem={problem}
          />
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {t('invitation.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
