import type { ProSession } from '@oz/contracts';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { navigate } from '../app/navigation.js';
import { api, ApiFailure, whenSignedOut } from './api.js';
import { PasswordChangeForm } from './account/PasswordChangeForm.js';
import { AcceptInvitationPage, INVITATION_PATH } from './invitation/AcceptInvitationPage.js';
import { loadProCatalogue, ProI18nProvider, type ProCatalogue } from './i18n/ProI18n.js';
import { LoginPage } from './shell/LoginPage.js';
import { ProShell } from './shell/ProShell.js';
import { SessionProvider } from './shell/session.js';

type Gate =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'in'; readonly session: ProSession };

const LOCALE_KEY = 'oz-pro-locale';

export function savedLocale(): 'fr' | 'en' {
  return window.localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'fr';
}

/** The professionals' workspace: the invitee's page, else sign-in gate, forced password change, then the shell. */
export function ProApp(props: { readonly catalogue: ProCatalogue; readonly locale: 'fr' | 'en' }): ReactNode {
  const [locale, setLocale] = useState(props.locale);
  const [catalogue, setCatalogue] = useState(props.catalogue);
  const [gate, setGate] = useState<Gate>({ kind: 'checking' });
  // The invitee's page needs no session: it is shown before the sign-in gate.
  const [joining, setJoining] = useState(() => window.location.pathname === INVITATION_PATH);

  const refresh = useCallback(async () => {
    try {
      setGate({ kind: 'in', session: await api.session() });
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) setGate({ kind: 'signed-out' });
      else throw error;
    }
  }, []);

  useEffect(() => {
    whenSignedOut(() => setGate({ kind: 'signed-out' }));
    api.session().then(
      (session) => setGate({ kind: 'in', session }),
      () => setGate({ kind: 'signed-out' }),
    );
  }, []);

  const changeLocale = useCallback((next: 'fr' | 'en') => {
    window.localStorage.setItem(LOCALE_KEY, next);
    void loadProCatalogue(next).then((loaded) => {
      setCatalogue(loaded);
      setLocale(next);
    });
  }, []);

  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setGate({ kind: 'signed-out' });
  }, []);

  const sessionApi = useMemo(
    () => (gate.kind === 'in' ? { session: gate.session, refresh, signOut } : null),
    [gate, refresh, signOut],
  );

  return (
    <ProI18nProvider locale={locale} catalogue={catalogue}>
      {joining ? (
        <AcceptInvitationPage
          onSignedIn={(session) => {
            navigate('/pro', { replace: true });
            setJoining(false);
            setGate({ kind: 'in', session });
          }}
          onSignInNeeded={() => {
            navigate('/pro', { replace: true });
            setJoining(false);
            setGate({ kind: 'signed-out' });
          }}
        />
      ) : gate.kind === 'checking' ? null : sessionApi === null ? (
        <LoginPage onSignedIn={(session) => setGate({ kind: 'in', session })} onLocale={changeLocale} />
      ) : (
        <SessionProvider value={sessionApi}>
          {sessionApi.session.user.mustChangePassword ? (
            <main id="main" className="pro-main pro-narrow">
              <PasswordChangeForm forced onDone={() => void refresh()} />
            </main>
          ) : (
            <ProShell onLocale={changeLocale} />
          )}
        </SessionProvider>
      )}
    </ProI18nProvider>
  );
}
