import { addDays, DRINKS, type Drink } from '@oz/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { allEntries, saveEntry } from '../../storage/repositories.js';
import { newEntry } from './model.js';

function drink(id: string): Drink {
  const found = DRINKS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`catalogue changed: ${id} missing`);
  return found;
}

describe('quick drink logging', () => {
  beforeEach(freshDatabase);

  it('offers the usual drinks first: two taps for a regular', async () => {
    for (const back of [1, 2, 4])
      await saveEntry(newEntry(drink('beer-pint'), 1, addDays(today(), -back), '19:00'));
    await saveEntry(newEntry(drink('wine-glass'), 1, addDays(today(), -3), '20:00'));
    const user = userEvent.setup();
    await renderApp('/journal/ajouter');
    const usual = await screen.findByRole('region', { name: 'Vos boissons habituelles' });
    const buttons = within(usual).getAllByRole('button');
    expect(buttons[0]?.textContent).toMatch(/^Pinte de bière/);

    await user.click(buttons[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => expect(await allEntries()).toHaveLength(5));
    expect((await allEntries()).filter((entry) => entry.date === today())).toMatchObject([
      { drinkId: 'beer-pint', quantity: 1 },
    ]);
    // The save ends by going back home: wait for it, so it cannot land in the next test's page.
    await screen.findByTestId('week-total');
  });

  it('finds a drink by typing part of its name, accents optional', async () => {
    const user = userEvent.setup();
    await renderApp('/journal/ajouter');
    await user.type(await screen.findByRole('searchbox', { name: 'Chercher une boisson' }), 'champ');
    expect(await screen.findByText('2 boissons trouvées')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Coupe de champagne/ })).toBeTruthy();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'kombucha');
    expect(await screen.findByText('Aucune boisson ne correspond. Vous pouvez créer la vôtre.')).toBeTruthy();
  });

  it('folds the catalogue by category', async () => {
    await renderApp('/journal/ajouter');
    const wines = await screen.findByRole('region', { name: 'Vins' });
    const details = wines.querySelector('details');
    expect(details?.open).toBe(false);
    expect(within(wines).getByText('4 boissons')).toBeTruthy();
  });
});
