import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { allScreenings } from '../../storage/repositories.js';

describe('first visit → quick test → result', () => {
  beforeEach(freshDatabase);

  it('sends a first-time visitor to the welcome screen with its two doors', async () => {
    await renderApp('/', { onboardingDone: false });
    expect(await screen.findByRole('heading', { level: 1, name: /Faire le point/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Pour moi/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Je m’inquiète pour un proche/ })).toBeTruthy();
    expect(screen.getByText('Vos données restent sur cet appareil.')).toBeTruthy();
  });

  it('asks one question per screen, allows going back, scores with core and shows the result', async () => {
    const user = userEvent.setup();
    await renderApp('/profil', { onboardingDone: false });
    await user.click(screen.getByLabelText('Un homme'));
    await user.click(screen.getByRole('button', { name: 'Continuer vers le test' }));
    await user.click(await screen.findByRole('button', { name: 'Commencer' }));

    expect(screen.getByText('Question 1 sur 3')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '4 fois par semaine ou plus' }));
    expect(screen.getByText('Question 2 sur 3')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Question précédente' }));
    expect(screen.getByRole('button', { name: '4 fois par semaine ou plus', pressed: true })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '4 fois par semaine ou plus' }));
    await user.click(screen.getByRole('button', { name: '10 ou plus' }));
    await user.click(screen.getByRole('button', { name: 'Tous les jours ou presque' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Votre résultat' })).toBeTruthy();
    expect(await screen.findByText('Score : 12 sur 12')).toBeTruthy();
    expect(screen.getByText('Dépendance possible')).toBeTruthy();
    // AUDIT-C ≥ 10 is a dependence signal: the withdrawal caution is shown, with where to get help.
    expect(
      await screen.findByRole('heading', { name: 'N’arrêtez pas d’un coup sans aide médicale' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Trouver de l’aide près de chez moi' }).getAttribute('href'),
    ).toMatch(/^\/aide\?type=/);

    const [saved] = await allScreenings();
    expect(saved).toMatchObject({ instrument: 'audit-c', sex: 'male', total: 12, level: 'dependence' });
  });

  it('a low score gives the low-risk level without the withdrawal caution', async () => {
    const user = userEvent.setup();
    await renderApp('/test-rapide');
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await user.click(screen.getByRole('button', { name: 'Une fois par mois ou moins' }));
    await user.click(screen.getByRole('button', { name: '1 ou 2' }));
    await user.click(screen.getByRole('button', { name: 'Jamais' }));

    expect(await screen.findByText('Score : 1 sur 12')).toBeTruthy();
    expect(screen.getByText('Risque faible')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'N’arrêtez pas d’un coup sans aide médicale' })).toBeNull();
  });
});
