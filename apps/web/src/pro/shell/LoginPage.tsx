import type { ProSession } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { Logo } from '../../ui/icons.js';
import { api, ApiFailure } from '../api.js';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';

function failureMessage(error: unknown): ProMessageKey {
  if (!(error instanceof ApiFailure)) return 'login.error.unexpected';
  if (error.code === 'invalid_credentials') return 'login.error.credentials';
  if (error.code === 'invalid_totp') return 'login.error.totp';
  if (error.code === 'account_locked' || error.status === 429) return 'login.error.locked';
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
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input
            id="login-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {needsTotp ? (
          <div className="field">
            <label htmlFor="login-totp">{t('login.totp')}</label>
            <span className="field-hint" id="login-totp-hint">
              {t('login.totpHint')}
            </span>
            <input
              id="login-totp"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              aria-describedby="login-totp-hint"
              autoFocus
              value={totpCode}
              onChange={(event) => setTotpCode(event.target.value)}
            />
          </div>
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
