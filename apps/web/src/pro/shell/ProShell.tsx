import { useEffect, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useLocation } from '../../app/navigation.js';
import { Logo } from '../../ui/icons.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { PRO_ROUTES, resolveProRoute } from '../routes.js';
import { useSession } from './session.js';
import { ErrorBoundary } from '../../ui/ErrorBoundary.js';
import { ProScreenFailure } from './ScreenFailure.js';

function NavBar({ pathname }: { readonly pathname: string }): ReactNode {
  const { t } = useProI18n();
  const { session } = useSession();
  const items = PRO_ROUTES.filter(
    (route) => route.nav !== undefined && (route.allowed?.(session.user) ?? true),
  );
  return (
    <nav aria-label={t('nav.label')} className="pro-nav">
      <ul>
        {items.map((route) => {
          const current =
            route.path === '/pro'
              ? pathname === '/pro' || pathname.startsWith('/pro/demandes')
              : pathname.startsWith(route.path);
          return (
            <li key={route.path}>
              <Link to={route.path} aria-current={current ? 'page' : undefined}>
                {t(route.nav ?? route.title)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Header (who is signed in, sign out, language), navigation, and the matched screen. */
export function ProShell(props: { readonly onLocale: (locale: 'fr' | 'en') => void }): ReactNode {
  const { t, locale } = useProI18n();
  const { session, signOut } = useSession();
  const { pathname } = useLocation();
  const matched = resolveProRoute(pathname);
  const allowed = matched !== null && (matched.route.allowed?.(session.user) ?? true);
  const title = matched === null ? 'notFound.title' : matched.route.title;

  useEffect(() => {
    document.title = `${t(title)} · Oz pro`;
    document.documentElement.lang = locale;
  }, [t, title, locale]);

  useEffect(() => {
    const timer = window.setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 50);
    return () => window.clearTimeout(timer);
  }, [pathname]);

  const Page = matched?.route.page;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="pro-header">
        <Link to="/pro" className="brand" aria-label={t('shell.home')}>
          <Logo />
          <span aria-hidden="true">Oz pro</span>
        </Link>
        <NavBar pathname={pathname} />
        <div className="pro-user">
          <span className="small">{session.user.displayName}</span>
          <button
            type="button"
            className="button button-quiet"
            lang={locale === 'fr' ? 'en' : 'fr'}
            onClick={() => props.onLocale(locale === 'fr' ? 'en' : 'fr')}
          >
            {t('shell.otherLanguage')}
          </button>
          <button type="button" className="button" onClick={() => void signOut()}>
            {t('shell.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="pro-main">
        {Page !== undefined && allowed && matched !== null ? (
          <ErrorBoundary
            key={pathname}
            fallback={(error, retry) => <ProScreenFailure error={error} retry={retry} />}
          >
            <Page params={matched.params} />
          </ErrorBoundary>
        ) : (
          <>
            <h1 tabIndex={-1}>{t('notFound.title')}</h1>
            <p>
              <Link to="/pro">{t('notFound.back')}</Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
