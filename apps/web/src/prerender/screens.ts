import type { ComponentType } from 'react';
import type { RouteProps } from '../app/routes.js';
import GoalsPage from '../features/goals/GoalsPage.js';
import HelpPage from '../features/help/HelpPage.js';
import EvaluatePage from '../features/screening/EvaluatePage.js';
import MorePage from '../features/settings/MorePage.js';
import WelcomePage from '../features/welcome/WelcomePage.js';
import type { MessageKey } from '../i18n/fr.js';

/**
 * What the build writes as HTML for a main screen (ADR 0009): its first view, in French, as a person without a
 * service worker sees it before JavaScript runs. Either the screen itself, rendered as it is before its stored
 * data is read (`page`: it must show nothing about a person's data until then), or, for a screen whose first view
 * depends on the day (the diary's date line, the calendar's month), its title above a loading line (`title`): the
 * slot the screen fills in when it starts.
 */
export type PrerenderedView =
  | { readonly kind: 'page'; readonly page: ComponentType<RouteProps> }
  | { readonly kind: 'title'; readonly title: MessageKey };

export interface PrerenderedScreen {
  readonly path: string;
  /** The file written in dist/, served by the server for exactly `path` (apps/server plugins/app/web.ts). */
  readonly file: string;
  readonly view: PrerenderedView;
  /** The screen's module, to link its stylesheet (from Vite's build manifest). */
  readonly module: string;
}

function screen(path: string, name: string, view: PrerenderedView, module: string): PrerenderedScreen {
  return { path, file: `prerendered/${name}.html`, view, module: `src/features/${module}.tsx` };
}

const page = (component: ComponentType<RouteProps>): PrerenderedView => ({ kind: 'page', page: component });
const title = (key: MessageKey): PrerenderedView => ({ kind: 'title', title: key });

/** The main screens measured by bench/web: the welcome, the bottom bar's five sections and the care finder. */
export const PRERENDERED_SCREENS: readonly PrerenderedScreen[] = [
  screen('/bienvenue', 'bienvenue', page(WelcomePage), 'welcome/WelcomePage'),
  screen('/', 'journal', title('diary.title'), 'diary/DiaryHome'),
  screen('/calendrier', 'calendrier', title('calendar.title'), 'calendar/CalendarPage'),
  screen('/objectifs', 'objectifs', page(GoalsPage), 'goals/GoalsPage'),
  screen('/evaluer', 'evaluer', page(EvaluatePage), 'screening/EvaluatePage'),
  screen('/plus', 'plus', page(MorePage), 'settings/MorePage'),
  screen('/aide', 'aide', page(HelpPage), 'help/HelpPage'),
];
