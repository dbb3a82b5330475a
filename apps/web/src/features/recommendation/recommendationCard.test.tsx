import { createGoal, weekStart } from '@oz/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { nowIso } from '../../storage/ids.js';
import { saveGoal } from '../../storage/repositories.js';
import { getHiddenCard } from './live.js';
import { fourHeavyWeeks } from './recommendation.fixture.js';

describe('the live recommendation card', () => {
  beforeEach(freshDatabase);

  it('follows a diary-only heavy drinker to the diary home, with the caution; hidden, it is gone', async () => {
    await fourHeavyWeeks();
    const user = userEvent.setup();
    await renderApp('/');
    const card = await screen.findByTestId('recommendation-card');
    expect(
      within(card).getByRole('heading', { name: 'Une équipe spécialisée peut vous accompagner' }),
    ).toBeTruthy();
    expect(card.textContent).toMatch(/Ne cherchez pas à arrêter d’un coup tout seul/);
    expect(within(card).getByRole('link', { name: 'Trouver de l’aide' }).getAttribute('href')).toBe(
      '/aide?type=csapa',
    );
    expect(within(card).getByRole('link', { name: 'Parler à un professionnel' }).getAttribute('href')).toBe(
      '/parler-a-un-professionnel',
    );
    await user.click(within(card).getByRole('button', { name: 'Masquer pendant 7 jours' }));
    await screen.findByText(/Carte masquée pour 7 jours/);
    await waitFor(() => expect(screen.queryByTestId('recommendation-card')).toBeNull());
    expect(await getHiddenCard()).toMatchObject({
      hiddenOn: today(),
      level: 'specialist',
      withdrawalCaution: true,
    });
  });

  it('is not shown when nothing calls for a professional', async () => {
    await renderApp('/objectifs');
    await screen.findByRole('button', { name: 'Enregistrer mon objectif' });
    expect(screen.queryByTestId('recommendation-card')).toBeNull();
  });

  it('recalls the withdrawal warning signs during the first days of a break', async () => {
    // Nothing known about this person's drinking: a break is one the safety questions come before.
    await saveGoal({
      ...createGoal({ maxStandardDrinksPerWeek: 0 }),
      id: 'g1',
      startsOn: weekStart(today()),
      createdAt: nowIso(),
    });
    await renderApp('/');
    const watch = await screen.findByTestId('break-watch');
    expect(watch.textContent).toMatch(/Jour 1 de votre pause/);
    expect(within(watch).getByRole('link', { name: '15' }).getAttribute('href')).toBe('tel:15');
  });
});
