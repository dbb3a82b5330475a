// Page objects for the person's app, driven by role and accessible name (French UI), never by CSS.
// One object per area; `OzApp` ties them together and owns the things every test needs (clock, start).
import { expect, type Locator, type Page } from '@playwright/test';
import { CalendarScreen } from './calendar.js';
import { DataScreen } from './data.js';
import { DiaryScreen } from './diary.js';
import { FirstVisit } from './first-visit.js';
import { GoalsScreen } from './goals.js';
import { HelpScreen } from './help.js';
import { QuickTest } from './quick-test.js';
import { anySpace } from '../text.js';

/**
 * "Now" for every test: Wednesday 18 November 2026, 10:00 in Paris. A fixed weekday keeps "this week"
 * stable (a drink back-dated to Monday stays in the same week whatever day the suite runs); the clock
 * keeps ticking from there, so timers and timestamps behave as in real life.
 */
export const NOW = new Date('2026-11-18T10:00:00+01:00');

export class OzApp {
  readonly firstVisit: FirstVisit;
  readonly quickTest: QuickTest;
  readonly diary: DiaryScreen;
  readonly calendar: CalendarScreen;
  readonly goals: GoalsScreen;
  readonly data: DataScreen;
  readonly help: HelpScreen;

  constructor(readonly page: Page) {
    this.firstVisit = new FirstVisit(page);
    this.quickTest = new QuickTest(page);
    this.diary = new DiaryScreen(page);
    this.calendar = new CalendarScreen(page);
    this.goals = new GoalsScreen(page);
    this.data = new DataScreen(page);
    this.help = new HelpScreen(page);
  }

  /** The screen's title: every screen has exactly one h1 (focused on navigation for screen readers). */
  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Fixes "now" (see NOW) then opens the app; a fresh context means a first visit. */
  async start(path = '/'): Promise<void> {
    await this.page.clock.install({ time: NOW });
    await this.page.goto(path);
  }

  /** Opens a screen by its address, as a bookmark or a deep link would. */
  async open(path: string, title: string | RegExp): Promise<void> {
    await this.page.goto(path);
    await this.expectScreen(title);
  }

  async expectScreen(title: string | RegExp): Promise<void> {
    await expect(this.title).toHaveText(typeof title === 'string' ? title : anySpace(title));
  }

  /** First visit done the quickest way: skip the welcome, land on the diary. */
  async startWithDiary(): Promise<void> {
    await this.start();
    await this.firstVisit.skipToDiary();
    await this.diary.expectOpen();
  }

  /** The bottom navigation ("Navigation principale"). */
  async navigateTo(section: 'Journal' | 'Calendrier' | 'Objectifs' | 'Évaluer' | 'Plus'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: section })
      .click();
  }

  /** The toast (in a role=status live region) that confirms an action, sometimes with "Annuler". */
  async expectToast(text: string | RegExp): Promise<void> {
    await expect(
      this.page.getByRole('status').getByText(typeof text === 'string' ? text : anySpace(text)),
    ).toBeVisible();
  }

  async undoLastAction(): Promise<void> {
    await this.page.getByRole('status').getByRole('button', { name: 'Annuler' }).click();
  }
}
