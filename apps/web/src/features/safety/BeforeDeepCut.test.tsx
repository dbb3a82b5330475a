import { euros, kilocalories, standardDrinkCount } from '@oz/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../../../test/renderApp.js';
import { fr } from '../../i18n/fr.js';
import { I18nProvider } from '../../i18n/I18nProvider.js';
import { getPreferences, updatePreferences } from '../../storage/repositories.js';
import { currentPathway } from '../screening/pathway.js';
import { saveResult } from '../screening/saveResult.js';
import { BeforeDeepCut } from './BeforeDeepCut.js';

function renderStart(onProceed: () => void): void {
  render(
    <I18nProvider locale="fr" catalogue={fr}>
      <BeforeDeepCut plan={{ kind: 'break' }} proceedLabel="Commencer le défi" onProceed={onProceed} />
    </I18nProvider>,
  );
}

describe('<BeforeDeepCut> (the start button of a break)', () => {
  beforeEach(freshDatabase);

  it('is just the start button when consumption is known and low, with no dependence signal', async () => {
    await updatePreferences({
      typicalWeek: { standardDrinks: standardDrinkCount(6), kcal: kilocalories(420), euros: euros(15) },
    });
    const onProceed = vi.fn();
    renderStart(onProceed);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Commencer le défi' }));
    expect(onProceed).toHaveBeenCalledOnce();
  });

  it('asks the questions first with dependence signals; "prefer not to answer" informs, then lets the person start', async () => {
    await saveResult('face', [4, 4, 1, 1, 0], 'male');
    const onProceed = vi.fn();
    const user = userEvent.setup();
    renderStart(onProceed);
    const check = await screen.findByRole('region', { name: /quatre questions pour votre sécurité/ });
    expect(check.textContent).toContain('signes de dépendance');
    expect(within(check).getAllByRole('group')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Commencer le défi' })).toBeNull();

    await user.click(within(check).getByRole('button', { name: 'Continuer' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Répondez à chaque question');
    expect(onProceed).not.toHaveBeenCalled();

    await user.click(within(check).getByRole('button', { name: 'Je préfère ne pas répondre' }));
    const advice = await screen.findByRole('note', { name: /accompagnement médical/ });
    expect(advice.textContent).toContain('Oz ne peut pas écarter ce risque');
    expect((await getPreferences()).safetyCheck).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Je choisis de commencer maintenant' }));
    expect(onProceed).toHaveBeenCalledOnce();
  });

  it('keeps "yes" answers, which then raise the live recommendation', async () => {
    const user = userEvent.setup();
    const onProceed = vi.fn();
    renderStart(onProceed);
    const check = await screen.findByRole('region', { name: /quatre questions/ });
    expect(check.textContent).toContain('Oz ne sait pas encore combien vous buvez');
    const [first, ...others] = within(check).getAllByRole('group');
    if (first === undefined) throw new Error('no question');
    await user.click(within(first).getByRole('radio', { name: 'Oui' }));
    for (const group of others) await user.click(within(group).getByRole('radio', { name: 'Non' }));
    await user.click(within(check).getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('link', { name: 'Trouver un CSAPA près de chez moi' })).toBeTruthy();
    await waitFor(async () =>
      expect((await getPreferences()).safetyCheck?.answers['morning-drinking-or-shakes']).toBe('yes'),
    );
    expect(await currentPathway()).toMatchObject({ level: 'brief-intervention', withdrawalCaution: true });
    expect(onProceed).not.toHaveBeenCalled();
  });
});
