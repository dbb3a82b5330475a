// The month calendar: a table of day links named "<date> : <status>, <n> verre(s) standard" (singular below 2); the status is
// said in words and drawn as a shape, never by colour alone.
import { expect, type Locator, type Page } from '@playwright/test';
import { anySpace, escapeRegExp } from '../text.js';

export type DayStatus = 'sans alcool' | 'dans les repères' | 'au-dessus des repères' | 'rien de noté';

export class CalendarScreen {
  constructor(private readonly page: Page) {}

  async expectMonth(month: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Calendrier');
    await expect(this.page.getByRole('heading', { level: 2, name: month })).toBeVisible();
  }

  /** One day cell; `date` is how the app writes it in French (e.g. "lundi 16 novembre"). */
  day(date: string): Locator {
    return this.page.getByRole('table').getByRole('link', { name: anySpace(new RegExp(`^${date} :`)) });
  }

  async expectDay(date: string, status: DayStatus, standardDrinks: string): Promise<void> {
    await expect(this.day(date)).toHaveAccessibleName(
      anySpace(new RegExp(`^${escapeRegExp(`${date} : ${status}, ${standardDrinks}`)} verres? standard$`)),
    );
  }

  async previousMonth(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mois précédent' }).click();
  }

  async nextMonth(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mois suivant' }).click();
  }
}
