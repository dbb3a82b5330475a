import type { ComponentType } from 'react';
import type { ProUser } from '@oz/contracts';
import { matchPath } from '../app/match.js';
import { AccountPage } from './account/AccountPage.js';
import { AuditPage } from './admin/AuditPage.js';
import { ImpactPage } from './impact/ImpactPage.js';
import { StructurePage } from './admin/StructurePage.js';
import { TeamPage } from './admin/TeamPage.js';
import type { ProMessageKey } from './i18n/ProI18n.js';
import { InvitePage } from './people/InvitePage.js';
import { PeoplePage } from './people/PeoplePage.js';
import { PersonPage } from './people/PersonPage.js';
import { QueuePage } from './queue/QueuePage.js';
import { RequestPage } from './request/RequestPage.js';
import { isAdmin } from './shell/session.js';

export interface ProRouteProps {
  readonly params: Readonly<Record<string, string>>;
}

export interface ProRoute {
  readonly path: string;
  readonly title: ProMessageKey;
  readonly page: ComponentType<ProRouteProps>;
  /** Shown in the navigation bar (with this label). */
  readonly nav?: ProMessageKey;
  readonly allowed?: (user: ProUser) => boolean;
}

/** Every screen of the workspace; the queue is the home page (design brief). */
export const PRO_ROUTES: readonly ProRoute[] = [
  { path: '/pro', title: 'nav.queue', nav: 'nav.queue', page: QueuePage },
  { path: '/pro/demandes/:id', title: 'request.title', page: RequestPage },
  { path: '/pro/personnes', title: 'nav.people', nav: 'nav.people', page: PeoplePage },
  { path: '/pro/personnes/:id', title: 'person.title', page: PersonPage },
  { path: '/pro/inviter', title: 'nav.invite', nav: 'nav.invite', page: InvitePage },
  { path: '/pro/equipe', title: 'nav.team', nav: 'nav.team', page: TeamPage, allowed: isAdmin },
  {
    path: '/pro/structure',
    title: 'nav.structure',
    nav: 'nav.structure',
    page: StructurePage,
    allowed: isAdmin,
  },
  { path: '/pro/journal', title: 'nav.audit', nav: 'nav.audit', page: AuditPage, allowed: isAdmin },
  { path: '/pro/impact', title: 'impact.title', nav: 'nav.impact', page: ImpactPage, allowed: isAdmin },
  { path: '/pro/compte', title: 'nav.account', nav: 'nav.account', page: AccountPage },
];

export function resolveProRoute(
  pathname: string,
): { route: ProRoute; params: Record<string, string> } | null {
  for (const route of PRO_ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params !== null) return { route, params };
  }
  return null;
}
