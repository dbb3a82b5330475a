import type { ProSession } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { Logo } from '../../ui/icons.js';
import { TextField } from '../../ui/TextField.js';
import { api, ApiFailure } from '../api.js';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';

function failureMessage(error: unknown): ProMessageKey {
  if (!(error instanceof ApiFailure)) return 'login.error.unexpected';
  if (error.code === 'invalid_credentials') return 'login.error.credentials';
  if (error.code === 'invalid_totp') return 'login.error.totp';
  if (error.code === 'account_locked') return 'login.error.locked';
  // Too many requests from this network (shared by a whole team): no account is locked.
  if (error.status === 429) return 'login.error.rateLimited';
  if (error.status === 0) return 'login.error.network';
  if (error.status === 400) return 'login.error.credentials';
  return 'login.error.unexpected';
}

/** E-mail and password; the authenticator code is asked only when the account has one. */
export function LoginPage(props: {
  readonly onSignedIn: (session: ProSession) => void;
  readonly onLocale: (locale: 'fr' | 'en') => void;
}): ReactNode {
  const { t, locale } = useProI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<ProMessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    setBusy(true);
    try {
      const body = needsTotp ? { email, password, totpCode: totpCode.trim() } : { email, password };
      props.onSignedIn(await api.login(body));
    } catch (caught) {
      if (caught instanceof ApiFailure && caught.code === 'totp_required') {
        setNeedsTotp(true);
        setError(null);
      } else {
        setError(failureMessage(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="pro-main pro-narrow">
      <p className="brand">
        <Logo /> <span>Oz pro</span>
      </p>
      <h1 tabIndex={-1}>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {error === null ? null : (
          <p className="notice notice-error" role="alert">
            {t(error)}
          </p>
        )}
        <TextField
          id="login-email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
        />
        <TextField
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
        />
        {needsTotp ? (
          <TextField
            id="login-totp"
            label={t('login.totp')}
            hint={t('login.totpHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
            value={totpCode}
            onChange={setTotpCode}
          />
        ) : null}
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      <p className="small muted">{t('login.forgot')}</p>
      <p>
        <button
          type="button"
          className="button button-quiet"
          lang={locale === 'fr' ? 'en' : 'fr'}
          onClick={() => props.onLocale(locale === 'fr' ? 'en' : 'fr')}
        >
          {t('shell.otherLanguage')}
        </button>
      </p>
    </main>
  );
}
