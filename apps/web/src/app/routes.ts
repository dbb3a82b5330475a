import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/fr.js';

export interface RouteProps {
  readonly params: Readonly<Record<string, string>>;
}

type Page = ComponentType<RouteProps>;
/**
 * A screen's module: its component, and optionally `prime`, which reads the data of its first view while the
 * app boots (main.tsx), so that the first commit shows it.
 */
export interface PageModule {
  readonly default: Page;
  readonly prime?: () => Promise<void>;
}

export type NavSection = 'diary' | 'calendar' | 'goals' | 'evaluate' | 'more' | 'none';

export interface RouteDef {
  readonly path: string;
  readonly title: MessageKey;
  readonly section: NavSection;
  readonly page: LazyExoticComponent<Page>;
  /** Starts downloading the screen's chunk (used at boot, in parallel with reading IndexedDB). */
  readonly preload: () => Promise<PageModule>;
  /** Full-screen flows (first visit, questionnaires) hide the bottom navigation. */
  readonly immersive?: boolean;
}

function route(
  path: string,
  title: MessageKey,
  section: NavSection,
  load: () => Promise<PageModule>,
  immersive = false,
): RouteDef {
  // One download for the boot's preload and the lazy component: once preloaded, the first render does not wait.
  let loading: Promise<PageModule> | undefined;
  const once = (): Promise<PageModule> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed download (offline, a deploy since) is tried again next time
      throw error;
    }));
  return { path, title, section, page: lazy(once), preload: once, immersive };
}

/** Every screen of the person's app. Add a line here to add a screen (see app/README.md). */
export const ROUTES: readonly RouteDef[] = [
  route('/', 'route.diary', 'diary', () => import('../features/diary/DiaryHome.js')),
  route('/bienvenue', 'route.welcome', 'none', () => import('../features/welcome/WelcomePage.js'), true),
  route('/profil', 'route.profile', 'none', () => import('../features/welcome/ProfilePage.js'), true),
  route('/entourage', 'route.entourage', 'more', () => import('../features/entourage/EntouragePage.js')),
  route(
    '/test-rapide',
    'route.quickTest',
    'evaluate',
    () => import('../features/screening/QuickTestPage.js'),
    true,
  ),
  route('/evaluer', 'route.evaluate', 'evaluate', () => import('../features/screening/EvaluatePage.js')),
  route(
    '/evaluer/:instrument',
    'route.questionnaire',
    'evaluate',
    () => import('../features/screening/QuestionnairePage.js'),
    true,
  ),
  route('/resultat/:id', 'route.result', 'evaluate', () => import('../features/screening/ResultPage.js')),
  route('/journal/ajouter', 'route.addDrink', 'diary', () => import('../features/diary/AddDrinkPage.js')),
  route(
    '/journal/boisson/:id',
    'route.editEntry',
    'diary',
    () => import('../features/diary/EditEntryPage.js'),
  ),
  route('/journal/jour/:date', 'route.day', 'calendar', () => import('../features/diary/DayPage.js')),
  route('/calendrier', 'route.calendar', 'calendar', () => import('../features/calendar/CalendarPage.js')),
  route('/graphiques', 'route.charts', 'diary', () => import('../features/charts/ChartsPage.js')),
  route('/objectifs', 'route.goals', 'goals', () => import('../features/goals/GoalsPage.js')),
  route('/gains', 'route.gains', 'goals', () => import('../features/gains/GainsPage.js')),
  route('/plus', 'route.more', 'more', () => import('../features/settings/MorePage.js')),
  route('/reglages', 'route.settings', 'more', () => import('../features/settings/SettingsPage.js')),
  route('/donnees', 'route.data', 'more', () => import('../features/settings/DataPage.js')),
  route('/rapport', 'route.report', 'more', () => import('../features/report/ReportPage.js')),
  route('/confidentialite', 'route.privacy', 'more', () => import('../features/settings/PrivacyPage.js')),
  route('/sources', 'route.sources', 'more', () => import('../features/settings/SourcesPage.js')),
  route('/aide', 'route.help', 'none', () => import('../features/help/HelpPage.js')),
  route(
    '/parler-a-un-professionnel',
    'route.contact',
    'more',
    () => import('../features/contact/ContactPage.js'),
  ),
  route('/mes-demandes', 'route.requests', 'more', () => import('../features/contact/RequestsPage.js')),
  route(
    '/mes-demandes/:id',
    'route.request',
    'more',
    () => import('../features/contact/RequestStatusPage.js'),
  ),
  route('/lien', 'route.link', 'more', () => import('../features/sharing/LinkPage.js')),
  route('/partage', 'route.shares', 'more', () => import('../features/sharing/SharesPage.js')),
  route('/partage/:id', 'route.share', 'more', () => import('../features/sharing/SharePage.js')),
  route('/envie-de-boire', 'route.craving', 'none', () => import('../features/cravings/CravingPage.js')),
  route(
    '/envie-de-boire/noter',
    'route.logCraving',
    'none',
    () => import('../features/cravings/LogCravingPage.js'),
  ),
  route(
    '/envie-de-boire/historique',
    'route.cravingHistory',
    'more',
    () => import('../features/cravings/CravingHistoryPage.js'),
  ),
  route('/envie-de-boire/plans', 'route.plans', 'more', () => import('../features/cravings/PlansPage.js')),
  route('/motivations', 'route.motivation', 'more', () => import('../features/motivation/MotivationPage.js')),
  route('/bien-etre', 'route.wellbeing', 'more', () => import('../features/wellbeing/WellbeingPage.js')),
  route('/badges', 'route.badges', 'more', () => import('../features/badges/BadgesPage.js')),
  route('/articles', 'route.articles', 'more', () => import('../features/articles/ArticlesPage.js')),
  route('/articles/:id', 'route.article', 'more', () => import('../features/articles/ArticlePage.js')),
  route(
    '/reduire-les-risques',
    'route.harmReduction',
    'more',
    () => import('../features/harm-reduction/HarmReductionPage.js'),
  ),
  route('/programmes', 'route.programmes', 'more', () => import('../features/programmes/ProgrammesPage.js')),
  route(
    '/programmes/:id',
    'route.programme',
    'more',
    () => import('../features/programmes/ProgrammePage.js'),
  ),
  route(
    '/programmes/:id/jour/:day',
    'route.programmeDay',
    'more',
    () => import('../features/programmes/ProgrammeDayPage.js'),
  ),
];

export const NOT_FOUND: RouteDef = route('*', 'route.notFound', 'none', () => import('./NotFoundPage.js'));
