import { addDays, createPlan, DRINKS, type Drink } from '@oz/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { getDay, getPreferences, saveDay, saveEntry, saveScreening } from '../../storage/repositories.js';
import { savePlan } from '../../storage/support.js';
import { emptyDayLog, newEntry } from '../diary/model.js';

const AT = '2026-11-20T10:00:00.000Z';

function drink(id: string): Drink {
  const found = DRINKS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`catalogue changed: ${id} missing`);
  return found;
}

async function aScreening(): Promise<void> {
  await saveScreening({
    id: 's1',
    instrument: 'audit-c',
    version: '1',
    answers: [0, 0, 0],
    sex: 'female',
    total: 0,
    level: 'low',
    takenAt: AT,
  });
}

describe('diary home support notices', () => {
  beforeEach(freshDatabase);

  it('offers the per-occasion advice, without judgement, after a heavy day', async () => {
    await aScreening();
    await saveEntry(newEntry(drink('wine-bottle'), 1, today(), '21:00'));
    await renderApp('/');
    const notice = await screen.findByTestId('harm-reduction-notice');
    expect(notice.textContent).toMatch(/Ce n’est pas un reproche/);
    expect(
      within(notice).getByRole('link', { name: 'Voir les repères pour une soirée' }).getAttribute('href'),
    ).toBe('/reduire-les-risques');
  });

  it('notes a coming party and offers the advice on the diary home before it', async () => {
    await aScreening();
    const user = userEvent.setup();
    const page = await renderApp('/reduire-les-risques');
    expect(
      await screen.findByRole('link', { name: /3 étapes clés pour que la soirée ne dérape pas/ }),
    ).toBeTruthy();
    const tomorrow = addDays(today(), 1);
    const date = screen.getByLabelText('Date de la soirée');
    await user.clear(date);
    await user.type(date, tomorrow);
    await user.click(screen.getByRole('button', { name: 'Noter la soirée' }));
    await screen.findByText(/Soirée notée le/);
    expect((await getDay(tomorrow))?.tags).toEqual(['party']);

    page.unmount();
    await renderApp('/');
    const notices = await screen.findAllByTestId('harm-reduction-notice');
    expect(notices[0]?.textContent).toMatch(/Une soirée est prévue demain/);
  });

  it('suggests the matching plan when a situation keeps coming with days above the repère', async () => {
    await aScreening();
    await savePlan(
      createPlan({
        id: 'p1',
        situation: 'stress',
        ifText: '',
        thenText: 'je sors marcher',
        createdAt: AT,
        updatedAt: AT,
      }),
    );
    for (const back of [1, 3]) {
      const date = addDays(today(), -back);
      await saveEntry(newEntry(drink('beer-pint'), 2, date, '20:00'));
      await saveDay({ ...emptyDayLog(date), tags: ['stress'] });
    }
    await renderApp('/');
    const suggestion = await screen.findByTestId('plan-suggestion');
    expect(suggestion.textContent).toContain(
      'revient souvent les jours où vous dépassez 2 verres (2 fois en 4 semaines)',
    );
    expect(suggestion.textContent).toContain('Si je me sens stressé, alors je sors marcher.');
  });

  it('takes someone who chose « Pour moi » and left before the test to the diary, and offers the test', async () => {
    const user = userEvent.setup();
    const first = await renderApp('/', { onboardingDone: false });
    await user.click(await screen.findByRole('link', { name: /Pour moi/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Quelques précisions/ })).toBeTruthy();
    expect((await getPreferences()).onboardingDone).toBe(true);

    // Next visit: the app opens on the diary, never on the welcome again.
    first.unmount();
    await renderApp('/', {});
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toBeTruthy();
    const resume = await screen.findByTestId('resume-test');
    expect(within(resume).getByRole('link', { name: 'Faire le test rapide' }).getAttribute('href')).toBe(
      '/test-rapide',
    );
  });
});
