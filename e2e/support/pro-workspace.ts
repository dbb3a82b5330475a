// Page object of the professionals' workspace (/pro, its own bundle; French UI), by role and accessible name.
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import type { Account } from './pro-api.js';
import { anySpace } from './text.js';

export class ProWorkspace {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async openLogin(): Promise<void> {
    await this.page.goto('/pro');
    await expect(this.title).toHaveText('Connexion à l’espace professionnel');
  }

  async signIn(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Adresse électronique' }).fill(account.email);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
  }

  /** First sign-in with a one-time password: the workspace asks for a new one before anything else. */
  async changeForcedPassword(current: string, next: string): Promise<void> {
    await expect(this.title).toHaveText('Changer de mot de passe');
    await expect(
      this.page.getByText('Votre mot de passe a été réinitialisé : choisissez-en un nouveau pour continuer.'),
    ).toBeVisible();
    await this.page.getByLabel('Mot de passe actuel').fill(current);
    await this.page.getByLabel('Nouveau mot de passe', { exact: true }).fill(next);
    await this.page.getByLabel('Nouveau mot de passe, une deuxième fois').fill(next);
    await this.page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  }

  /** Opens /pro signed in with an account whose password is already its own. */
  async signInToQueue(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.openLogin();
    await this.signIn(account);
    await this.expectQueue();
  }

  async expectQueue(): Promise<void> {
    await expect(this.title).toHaveText('File des demandes');
    await expect(this.page.getByRole('status').filter({ hasText: /demandes?\.$/ })).toBeVisible();
  }

  /** The queue rows whose person is `firstName` (the row header is a link to the request). */
  queueRows(firstName: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: firstName, exact: true }) });
  }

  /** « Prendre » on the queue: assigned to me, then the request opens. */
  async take(firstName: string): Promise<void> {
    await this.queueRows(firstName)
      .getByRole('button', { name: `Prendre ${firstName}` })
      .click();
    await expect(this.title).toHaveText(`Demande de ${firstName}`);
    await expect(this.page.getByText('Cette demande vous est attribuée.')).toBeVisible();
  }

  async expectRequestStatus(status: string): Promise<void> {
    await expect(this.page.getByText(anySpace(/^Statut :/))).toHaveText(`Statut : ${status}`);
  }

  async changeStatus(status: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Nouveau statut' }).selectOption({ label: status });
    await this.page.getByRole('button', { name: 'Changer le statut' }).click();
    await this.expectRequestStatus(status);
  }

  /** « Tentative de contact »: how, and what came of it. */
  async logAttempt(channel: string, outcome: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Moyen' }).selectOption({ label: channel });
    await this.page.getByRole('combobox', { name: 'Résultat' }).selectOption({ label: outcome });
    await this.page.getByRole('button', { name: 'Enregistrer la tentative' }).click();
    await expect(
      this.history.getByRole('listitem').filter({ hasText: 'Tentative de contact' }),
    ).toContainText(`${channel} · ${outcome}`);
  }

  /** « Note interne »: for the team, never shown to the person. */
  async addNote(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /^Note interne/ }).fill(text);
    await this.page.getByRole('button', { name: 'Ajouter la note' }).click();
    await expect(this.history.getByRole('listitem').filter({ hasText: text })).toBeVisible();
  }

  /** « Orienter vers une autre structure » on Oz, with a word for the receiving team. */
  async refer(structureName: string, comment: string): Promise<void> {
    const form = this.actionForm(/^Orienter vers une autre structure/);
    await form.getByRole('combobox', { name: 'Structure' }).selectOption({ label: structureName });
    await form.getByRole('textbox', { name: 'Commentaire (facultatif)' }).fill(comment);
    await form.getByRole('button', { name: 'Orienter', exact: true }).click();
    await expect(this.history.getByRole('listitem').filter({ hasText: 'Orientée' })).toContainText(comment);
  }

  /** One of the request's action forms, found by its heading (the forms themselves have no name). */
  private actionForm(heading: RegExp): Locator {
    return this.page.locator('form').filter({ has: this.page.getByRole('heading', { name: heading }) });
  }

  /** The request's history, newest first. */
  get history(): Locator {
    return this.page.getByRole('region', { name: 'Historique' });
  }

  async navigate(
    section: 'File des demandes' | 'Personnes suivies' | 'Inviter une personne' | 'Mon compte',
  ): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Espace professionnel' })
      .getByRole('link', { name: section })
      .click();
    await expect(this.title).toHaveText(section);
  }

  /** « Inviter une personne » → a code for `label`; returns the code as shown (K7M2-QX9P). */
  async createInvitation(label: string): Promise<string> {
    await this.navigate('Inviter une personne');
    await this.page.getByRole('textbox', { name: 'Repère pour vous (facultatif)' }).fill(label);
    await this.page.getByRole('button', { name: 'Créer un code' }).click();
    const card = this.page.getByRole('region', { name: 'Code prêt à donner' });
    const qr = card.getByRole('img', { name: /^Code QR du lien d’invitation, code / });
    await expect(qr).toBeVisible();
    const alt = (await qr.getAttribute('alt')) ?? '';
    const code = /code ([A-Z0-9]{4}-[A-Z0-9]{4})$/.exec(alt)?.[1];
    if (code === undefined) throw new Error(`no invitation code in "${alt}"`);
    await expect(card.getByText(`Code : ${code}`)).toBeVisible();
    return code;
  }

  /** « Personnes suivies » → the person with this label. */
  async openPerson(label: string): Promise<void> {
    await this.navigate('Personnes suivies');
    await this.page.getByRole('link', { name: label, exact: true }).click();
    await expect(this.title).toHaveText(label);
  }

  /** Every screen showing a person's data says that the view is logged. */
  async expectLoggedViewNotice(): Promise<void> {
    await expect(this.page.getByText('Consultation enregistrée.')).toBeVisible();
    await expect(this.page.getByText(/Votre consultation est inscrite au journal d’audit/)).toBeVisible();
  }
}

/**
 * The workspace in a browser context of its own (another person at another desk), with the same guard as
 * the person's page: any uncaught error in the workspace fails the test.
 */
export async function openWorkspace(browser: Browser): Promise<{
  workspace: ProWorkspace;
  close: () => Promise<void>;
}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return {
    workspace: new ProWorkspace(page),
    close: async () => {
      await context.close();
      expect(errors, 'uncaught errors in the workspace').toEqual([]);
    },
  };
}
