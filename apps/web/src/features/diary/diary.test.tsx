import { isoDate } from '@oz/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { allCustomDrinks, allEntries, getDay } from '../../storage/repositories.js';

async function weekTotal(): Promise<string> {
  const card = await screen.findByTestId('week-total');
  return card.querySelector('.total-value')?.textContent ?? '';
}

describe('diary', () => {
  beforeEach(freshDatabase);

  it('logs a catalogue drink in three taps and updates today and the week at once', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    expect(await weekTotal()).toBe('0,0');

    await user.click(screen.getByRole('link', { name: 'Ajouter une consommation' }));
    await user.click(await screen.findByRole('button', { name: /Pinte de bière \(50\u00a0cl, 5\u00a0%\)/ }));
    expect(screen.getByTestId('quantity').textContent).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(async () => expect(await weekTotal()).toBe('2,0'));
    expect(screen.getByTestId('today-total').querySelector('.total-value')?.textContent).toBe('2,0');
    expect(await allEntries()).toHaveLength(1);
  });

  it('creates a custom drink saved to "Mes boissons" and back-dates it', async () => {
    const user = userEvent.setup();
    await renderApp('/journal/ajouter');
    await user.click(screen.getByRole('button', { name: 'Créer une boisson' }));
    await user.type(screen.getByLabelText('Nom de la boisson'), 'Cidre fermier');
    await user.type(screen.getByLabelText('Volume'), '50');
    await user.type(screen.getByLabelText('Degré d’alcool (%)'), '4,5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer dans Mes boissons' }));

    await user.click(screen.getByRole('button', { name: 'Augmenter la quantité' }));
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2026-01-15');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(async () => expect(await allEntries()).toHaveLength(1));
    const [entry] = await allEntries();
    expect(entry).toMatchObject({ date: '2026-01-15', quantity: 2, label: { fr: 'Cidre fermier' } });
    expect(entry?.standardDrinks).toBeCloseTo(3.6);
    expect((await allCustomDrinks()).map((drink) => drink.label.fr)).toEqual(['Cidre fermier']);
    // The save ends by going back home: wait for it, so it cannot land in the next test's page.
    await screen.findByTestId('week-total');
  });

  it('refuses an impossible custom drink with a readable message', async () => {
    const user = userEvent.setup();
    await renderApp('/journal/ajouter');
    await user.click(await screen.findByRole('button', { name: 'Créer une boisson' }));
    await user.type(screen.getByLabelText('Nom de la boisson'), 'Erreur');
    await user.type(screen.getByLabelText('Volume'), '50');
    await user.type(screen.getByLabelText('Degré d’alcool (%)'), '140');
    await user.click(screen.getByRole('button', { name: 'Enregistrer dans Mes boissons' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Indiquez un degré entre 0 et 100\u00a0%.');
  });

  it('edits, deletes and undoes the deletion of an entry', async () => {
    const user = userEvent.setup();
    await renderApp('/journal/ajouter');
    await user.click(await screen.findByRole('button', { name: /Verre de vin \(10\u00a0cl, 12,5\u00a0%\)/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByTestId('week-total');

    await user.click(await screen.findByRole('link', { name: /Modifier\u00a0: 1 × Verre de vin/ }));
    await user.click(await screen.findByRole('button', { name: 'Augmenter la quantité' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(async () => expect((await allEntries())[0]?.quantity).toBe(2));

    window.history.replaceState(null, '', '/');
    await user.click(await screen.findByRole('link', { name: /Modifier\u00a0: 2 × Verre de vin/ }));
    await user.click(await screen.findByRole('button', { name: 'Supprimer cette consommation' }));
    await waitFor(async () => expect(await allEntries()).toHaveLength(0));

    const toast = await screen.findByRole('status');
    await user.click(within(toast).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect(await allEntries()).toHaveLength(1));
    expect((await allEntries())[0]?.quantity).toBe(2);
  });

  it('declares today drink-free in one tap, with undo', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Aujourd’hui, je n’ai pas bu' }));
    expect(await screen.findByTestId('drink-free-declared')).toBeTruthy();
    expect((await getDay(today()))?.drinkFree).toBe(true);

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect((await getDay(today()))?.drinkFree).toBe(false));
  });

  it('keeps mood, context tags and a private note for a day', async () => {
    const user = userEvent.setup();
    await renderApp('/journal/jour/2026-03-02');
    await user.click(await screen.findByLabelText('Bien'));
    await user.click(screen.getByLabelText('Entre amis'));
    await user.type(screen.getByLabelText('Note privée'), 'Anniversaire de Léa');
    await user.click(screen.getByRole('button', { name: 'Enregistrer ma journée' }));
    await waitFor(async () =>
      expect(await getDay(isoDate('2026-03-02'))).toMatchObject({
        mood: 'good',
        tags: ['friends'],
        note: 'Anniversaire de Léa',
      }),
    );
  });
});

describe('diary dates', () => {
  beforeEach(freshDatabase);

  it('refuses a drink in the future with a readable message', async () => {
    const user = userEvent.setup();
    await renderApp('/journal/ajouter');
    await user.click(await screen.findByRole('button', { name: /Verre de vin \(10\u00a0cl, 12,5\u00a0%\)/ }));
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Indiquez aujourd’hui ou un jour passé, et une heure valide.',
    );
    expect(await allEntries()).toHaveLength(0);
  });
});
