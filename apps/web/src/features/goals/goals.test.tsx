import { euros, kilocalories, standardDrinkCount } from '@oz/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { allGoals, getPreferences } from '../../storage/repositories.js';
import { saveResult } from '../screening/saveResult.js';

/** The goals screen once its goals are read (its title and introduction show before, ADR 0009). */
async function openGoals(...args: Parameters<typeof renderApp>): Promise<void> {
  await renderApp(...args);
  await screen.findByRole('button', { name: 'Enregistrer mon objectif' });
}

describe('goals', () => {
  beforeEach(freshDatabase);

  it('suggests the repères, lets the person choose drink-free days, and saves the goal', async () => {
    const user = userEvent.setup();
    await openGoals('/objectifs');
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
    await openGoals('/objectifs');
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
    await openGoals('/objectifs');
    await user.type(screen.getByLabelText('Nombre maximum de verres standard par semaine'), '0');

    expect(
      await screen.findByRole('heading', { name: 'N’arrêtez pas d’un coup sans aide médicale' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Trouver un accompagnement pour arrêter' }).getAttribute('href'),
    ).toBe('/aide?type=csapa');
    expect(screen.queryByRole('button', { name: 'Enregistrer mon objectif' })).toBeNull();
  });

  it('a stop goal on a device that knows nothing asks the safety questions first; all "no" saves it', async () => {
    const user = userEvent.setup();
    await openGoals('/objectifs');
    await user.type(screen.getByLabelText('Nombre maximum de verres standard par semaine'), '0');
    expect(screen.queryByRole('heading', { name: 'N’arrêtez pas d’un coup sans aide médicale' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon objectif' }));
    const check = await screen.findByRole('region', { name: /quatre questions pour votre sécurité/ });
    expect(check.textContent).toContain('Oz ne sait pas encore combien vous buvez habituellement.');
    for (const group of within(check).getAllByRole('group')) {
      await user.click(within(group).getByRole('radio', { name: 'Non' }));
    }
    await user.click(within(check).getByRole('button', { name: 'Continuer' }));
    await waitFor(async () => expect((await allGoals())[0]?.drinkFreeWeekdays).toHaveLength(7));
    expect((await getPreferences()).safetyCheck?.answers).toMatchObject({ sedatives: 'no' });
  });

  it('a "yes" before a zero goal shows the medical-support advice; the person can still save', async () => {
    await saveResult('audit-c', [4, 4, 4], 'female');
    const user = userEvent.setup();
    await openGoals('/objectifs');
    await user.type(screen.getByLabelText('Nombre maximum de verres standard par semaine'), '0');
    await user.click(
      await screen.findByRole('button', { name: 'Enregistrer cet objectif, avec un accompagnement médical' }),
    );
    const check = await screen.findByRole('region', { name: /quatre questions pour votre sécurité/ });
    const groups = within(check).getAllByRole('group');
    for (const [index, group] of groups.entries()) {
      await user.click(within(group).getByRole('radio', { name: index === 1 ? 'Oui' : 'Non' }));
    }
    await user.click(within(check).getByRole('button', { name: 'Continuer' }));

    const advice = await screen.findByRole('note', {
      name: 'Réduire ou arrêter avec un accompagnement médical, c’est plus sûr',
    });
    expect(advice.textContent).toContain('souvent à l’hôpital');
    expect(
      within(advice).getByRole('link', { name: '0\u00a0980\u00a0980\u00a0930' }).getAttribute('href'),
    ).toBe('tel:+33980980930');
    expect(within(advice).getByRole('link', { name: '15' }).getAttribute('href')).toBe('tel:15');
    expect(
      within(advice).getByRole('link', { name: 'Trouver une consultation d’addictologie à l’hôpital' }),
    ).toBeTruthy();
    expect(await allGoals()).toHaveLength(0);

    await user.click(
      screen.getByRole('button', { name: 'Je choisis d’enregistrer cet objectif maintenant' }),
    );
    await waitFor(async () => expect(await allGoals()).toHaveLength(1));
  });

  it('a goal close to the usual weekly amount, with no dependence signal, is saved without questions', async () => {
    const user = userEvent.setup();
    await openGoals('/objectifs', {
      onboardingDone: true,
      typicalWeek: { standardDrinks: standardDrinkCount(12), kcal: kilocalories(840), euros: euros(30) },
    });
    await user.type(screen.getByLabelText('Nombre maximum de verres standard par semaine'), '8');
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon objectif' }));
    await waitFor(async () => expect(await allGoals()).toHaveLength(1));
    expect(screen.queryByRole('region', { name: /quatre questions/ })).toBeNull();
  });
});
