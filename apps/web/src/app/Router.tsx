import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { ErrorBoundary } from '../ui/ErrorBoundary.js';
import { matchPath } from './match.js';
import { useLocation } from './navigation.js';
import { ScreenFailure } from './ScreenFailure.js';
import { NOT_FOUND, ROUTES, type RouteDef } from './routes.js';

export interface Matched {
  readonly route: RouteDef;
  readonly params: Readonly<Record<string, string>>;
}

export function resolve(pathname: string): Matched {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params !== null) return { route, params };
  }
  return { route: NOT_FOUND, params: {} };
}

export function useMatchedRoute(): Matched {
  const { pathname } = useLocation();
  return resolve(pathname);
}

/**
 * Renders the matched screen inside its own error boundary (a failure, a missing chunk after a deploy, an
 * unreadable store, stays in the screen and is said in words); on navigation, sets the title and moves focus
 * to the page heading.
 */
export function RouteView({ matched }: { readonly matched: Matched }): ReactNode {
  const { t } = useI18n();
  const { route, params } = matched;
  const Page = route.page;
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    document.title = `${t(route.title)} · Oz`;
  }, [route, t]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Screen-reader users hear the new page: focus its heading once it has rendered.
    const timer = window.setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 50);
    return () => window.clearTimeout(timer);
  }, [pathname]);

  return (
    <ErrorBoundary key={pathname} fallback={(error, retry) => <ScreenFailure error={error} retry={retry} />}>
      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
        <Page params={params} />
      </Suspense>
    </ErrorBoundary>
  );
}
