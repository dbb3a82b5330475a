import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { allRulerReadings, getMotivation } from '../../storage/support.js';

describe('Mes motivations', () => {
  beforeEach(freshDatabase);

  it('saves reasons, own words, risk situations, pros and cons and the 0–10 rulers', async () => {
    const user = userEvent.setup();
    await renderApp('/motivations');
    await user.click(await screen.findByRole('checkbox', { name: 'Mieux dormir' }));
    await user.click(screen.getByRole('checkbox', { name: 'Faire des économies' }));
    await user.type(screen.getByLabelText('Avec mes mots'), 'Pour être en forme le samedi');
    await user.click(screen.getByRole('checkbox', { name: 'En soirée, à une fête' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stressé, tendu' }));
    const gains = screen.getByRole('group', { name: 'Ce que j’y gagnerais' });
    await user.click(within(gains).getByRole('button', { name: /Ajouter une ligne/ }));
    await user.type(within(gains).getByRole('textbox'), 'Plus d’énergie');
    const importance = screen.getByRole('group', { name: /important pour vous de changer/ });
    await user.click(within(importance).getByRole('radio', { name: '8' }));
    const confidence = screen.getByRole('group', { name: /capable d’y arriver/ });
    await user.click(within(confidence).getByRole('radio', { name: '5' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('C’est enregistré.')).toBeTruthy();
    expect(await getMotivation()).toMatchObject({
      reasons: ['sleep', 'money'],
      ownWords: 'Pour être en forme le samedi',
      riskSituations: ['party', 'stress'],
      balance: { gains: ['Plus d’énergie'], costs: [] },
    });
    expect(
      (await allRulerReadings()).map((reading) => [reading.kind, reading.value, reading.context]),
    ).toEqual(
      expect.arrayContaining([
        ['importance', 8, 'motivation'],
        ['confidence', 5, 'motivation'],
      ]),
    );
  });

  it('offers at most 12 lines per column of the pros and cons', async () => {
    const user = userEvent.setup();
    await renderApp('/motivations');
    const costs = await screen.findByRole('group', { name: /Ce qui serait difficile/ });
    for (let index = 0; index < 12; index += 1) {
      await user.click(within(costs).getByRole('button', { name: /Ajouter une ligne/ }));
    }
    expect(
      within(costs)
        .getByRole('button', { name: /Ajouter une ligne/ })
        .hasAttribute('disabled'),
    ).toBe(true);
    expect(within(costs).getAllByRole('textbox')).toHaveLength(12);
  });

  it('shows the person’s own reasons on the craving screen', async () => {
    const user = userEvent.setup();
    await renderApp('/motivations');
    await user.click(await screen.findByRole('checkbox', { name: 'Ma famille, mes enfants' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('C’est enregistré.');
    await renderApp('/envie-de-boire');
    const reasons = await screen.findByRole('region', { name: 'Vos raisons' });
    expect(await within(reasons).findByText('Ma famille, mes enfants')).toBeTruthy();
  });
});
