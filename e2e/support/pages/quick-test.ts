// A questionnaire (the quick test AUDIT-C, or AUDIT / FACE from « Évaluer »): an intro, then one question
// per screen, each answer a button.
import { expect, type Page } from '@playwright/test';

export class QuickTest {
  constructor(private readonly page: Page) {}

  async expectIntro(): Promise<void> {
    await expect(this.page).toHaveURL(/\/test-rapide$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(/AUDIT-C/);
  }

  async begin(): Promise<void> {
    await this.expectIntro();
    await this.page.getByRole('button', { name: 'Commencer' }).click();
  }

  /** Asserts the progress line and question, then answers with the option's visible label. */
  async answer(step: { number: number; of?: number; question: RegExp; option: string }): Promise<void> {
    await expect(
      this.page.getByText(`Question ${String(step.number)} sur ${String(step.of ?? 3)}`),
    ).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(step.question);
    await this.answers.getByRole('button', { name: step.option, exact: true }).click();
  }

  async previousQuestion(): Promise<void> {
    await this.page.getByRole('button', { name: 'Question précédente' }).click();
  }

  get answers() {
    return this.page.getByRole('group', { name: 'Réponses possibles' });
  }
}
