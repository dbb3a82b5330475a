import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { allGoals } from '../../storage/repositories.js';
import { saveResult } from '../screening/saveResult.js';

describe('goals', () => {
  beforeEach(freshDatabase);

  it('suggests the repères, lets the person choose drink-free days, and saves the goal', async () => {
    const user = userEvent.setup();
    await renderApp('/objectifs');
    await user.click(screen.getByRole('button', { name: 'Partir des repères' }));
    expect(
      (screen.getByLabelText('Nombre maximum de verres standard par semaine') as HTMLInputElement).value,
    ).toBe('10');
    await user.click(screen.getByLabelText('samedi'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon objectif' }));

    await waitFor(async () => expect(await allGoals()).toHaveLength(1));
    expect((await allGoals())[0]).toMatchObject({
      maxStandardDrinksPerWeek: 10,
      maxStandardDrinksPerDrinkingDay: 2,
      drinkFreeWeekdays: ['saturday'],
    });
    expect(await screen.findByRole('heading', { name: 'Mon objectif' })).toBeTruthy();
  });

  it('refuses a daily maximum above the weekly one with a readable message', async () => {
    const user = userEvent.setup();
    await renderApp('/objectifs');
    await user.type(screen.getByLabelText('Nombre maximum de verres standard par semaine'), '5');
    await user.type(screen.getByLabelText('Maximum de verres standard les jours où je bois'), '8');
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon objectif' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Le maximum par jour ne peut pas dépasser le maximum par semaine.',
    );
    expect(await allGoals()).toHaveLength(0);
  });

  it('before a stop-completely goal with dependence signals, explains withdrawal and points to care', async () => {
    await saveResult('audit-c', [4, 4, 4], 'female');
    const user = userEvent.setup();
    await renderApp('/objectifs');
    await user.type(screen.getByLabelText('Nombre maximum de verres standard par semaine'), '0');

    expect(
      await screen.findByRole('heading', { name: 'N’arrêtez pas d’un coup sans aide médicale' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Trouver un accompagnement pour arrêter' }).getAttribute('href'),
    ).toBe('/aide?type=csapa');
    expect(screen.queryByRole('button', { name: 'Enregistrer mon objectif' })).toBeNull();
  });

  it('a stop goal without dependence signals is saved as a week without alcohol', async () => {
    const user = userEvent.setup();
    await renderApp('/objectifs');
    await user.type(screen.getByLabelText('Nombre maximum de verres standard par semaine'), '0');
    expect(screen.queryByRole('heading', { name: 'N’arrêtez pas d’un coup sans aide médicale' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon objectif' }));
    await waitFor(async () => expect((await allGoals())[0]?.drinkFreeWeekdays).toHaveLength(7));
  });
});
