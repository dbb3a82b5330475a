// Page objects for the person's side of issue 5 (French UI, by role and accessible name): « Parler à un
// professionnel », the request status pages, and linking/sharing with a professional.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ContactDetails {
  readonly forWhom: 'Pour moi' | 'Pour un proche qui m’inquiète';
  readonly firstName: string;
  readonly phone?: string;
  readonly email?: string;
  readonly postalCode?: string;
  readonly message?: string;
}

export class ContactScreens {
  constructor(private readonly page: Page) {}

  private get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Plus → « Parler à un professionnel ». */
  async openFromMore(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Plus' })
      .click();
    await this.page.getByRole('link', { name: /^Parler à un professionnel/ }).click();
    await expect(this.title).toHaveText('Parler à un professionnel');
    await expect(this.page.getByRole('button', { name: 'Envoyer ma demande' })).toBeVisible();
  }

  async fill(details: ContactDetails): Promise<void> {
    const page = this.page;
    await page.getByRole('radio', { name: details.forWhom }).check();
    await page.getByRole('textbox', { name: 'Prénom ou pseudonyme' }).fill(details.firstName);
    if (details.phone !== undefined)
      await page.getByRole('textbox', { name: 'Téléphone' }).fill(details.phone);
    if (details.email !== undefined) {
      await page.getByRole('textbox', { name: 'Adresse électronique' }).fill(details.email);
    }
    if (details.postalCode !== undefined) {
      await page.getByRole('textbox', { name: 'Code postal (facultatif)' }).fill(details.postalCode);
    }
    if (details.message !== undefined) {
      await page.getByRole('textbox', { name: 'Un message (facultatif)' }).fill(details.message);
    }
  }

  /** Ticks the (unticked by default) consent and opens the preview of exactly what would be attached. */
  async consentToAttachSummary(): Promise<Locator> {
    const consent = this.page.getByRole('checkbox', {
      name: 'Joindre mon dernier résultat de test et le résumé de mes 4 dernières semaines de journal',
    });
    await expect(consent).not.toBeChecked();
    await consent.check();
    await this.page.getByText('Voir exactement ce qui serait joint').click();
    const weeks = this.page.getByRole('region', { name: 'Résumé du journal, semaine par semaine' });
    await expect(weeks).toBeVisible();
    return weeks;
  }

  async send(): Promise<void> {
    await this.page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await expect(this.title).toHaveText('Ma demande');
  }

  /** Saved on the device, waiting for the network, with the promise to send it once. */
  async expectQueued(): Promise<void> {
    const notice = this.page
      .getByRole('status')
      .filter({ hasText: 'Votre demande est enregistrée sur cet appareil.' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('elle sera envoyée dès que la connexion reviendra, une seule fois.');
  }

  /** The live status card of a request the server has (its heading is the status in words). */
  async expectStatus(status: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name: status })).toBeVisible();
  }

  /** « Retirer ma demande » → confirm: erased on the server, then gone from this device too. */
  async withdraw(): Promise<void> {
    await this.page.getByRole('button', { name: 'Retirer ma demande' }).click();
    await expect(
      this.page.getByRole('group', { name: /Votre demande et vos coordonnées seront effacées/ }),
    ).toBeVisible();
    await this.page.getByRole('button', { name: 'Oui, retirer et effacer' }).click();
    await expect(this.title).toHaveText('Mes demandes de contact');
    await expect(this.page.getByText('Vous n’avez envoyé aucune demande depuis cet appareil.')).toBeVisible();
  }

  /** Plus → « Parler à un professionnel » → « Suivre ma demande en cours » → the request of `firstName`. */
  async openMyRequest(firstName: string): Promise<void> {
    await this.openFromMore();
    await this.page.getByRole('link', { name: 'Suivre ma demande en cours' }).click();
    await expect(this.title).toHaveText('Mes demandes de contact');
    await this.page.getByRole('link', { name: new RegExp(`Pour moi \\(${firstName}\\)`) }).click();
    await expect(this.title).toHaveText('Ma demande');
  }
}

export type ShareScope = 'Le résumé de mon journal' | 'Mes résultats de tests';

export class SharingScreens {
  constructor(private readonly page: Page) {}

  private get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Plus → « Partage avec un professionnel » → « Saisir un code d’invitation » → the code → linked. */
  async linkWithCode(code: string, structureName: string): Promise<void> {
    const page = this.page;
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Plus' })
      .click();
    await page.getByRole('link', { name: /^Partage avec un professionnel/ }).click();
    await expect(this.title).toHaveText('Partage avec un professionnel');
    await expect(page.getByText('Aucun lien avec un professionnel pour l’instant.')).toBeVisible();
    await page.getByRole('link', { name: 'Saisir un code d’invitation' }).click();
    await expect(this.title).toHaveText('Me relier à un professionnel');
    await page.getByRole('textbox', { name: 'Code d’invitation' }).fill(code);
    const redeemed = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/shares',
    );
    await page.getByRole('button', { name: 'Me relier' }).click();
    const answer = await redeemed;
    expect(answer.status(), `POST /api/shares answered ${await answer.text()}`).toBe(201);
    await expect(this.title).toHaveText(`Partage avec ${structureName}`);
    await expect(page.getByText('Rien n’a encore été envoyé.')).toBeVisible();
  }

  async choose(scope: ShareScope): Promise<void> {
    const box = this.page.getByRole('checkbox', { name: new RegExp(`^${scope}`) });
    await box.check();
    await expect(box).toBeChecked();
  }

  /** « Enregistrer et envoyer »: done when the page says when it was last sent. */
  async send(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer et envoyer' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /^Dernier envoi le / })).toBeVisible();
  }

  /** « Arrêter le partage » → confirm: back on the list, which no longer has the link once erased. */
  async stop(): Promise<void> {
    await this.page.getByRole('button', { name: 'Arrêter le partage' }).click();
    await this.page.getByRole('button', { name: 'Oui, arrêter et effacer' }).click();
    await expect(this.title).toHaveText('Partage avec un professionnel');
    await expect(this.page.getByText('Aucun lien avec un professionnel pour l’instant.')).toBeVisible();
  }
}
