import { addDays, euros, kilocalories, standardDrinkCount, type IsoDate } from '@oz/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { allProgrammeRuns, saveProgrammeRun, type ProgrammeRunRecord } from '../../storage/programmes.js';
import { allGoals, saveScreening, updatePreferences } from '../../storage/repositories.js';
import { saveResult } from '../screening/saveResult.js';

function aRun(
  overrides: Partial<ProgrammeRunRecord> & Pick<ProgrammeRunRecord, 'programmeId'>,
): ProgrammeRunRecord {
  return {
    id: 'run-1',
    startedOn: today(),
    startedAt: '2020-01-01T08:00:00.000Z',
    updatedAt: '2020-01-01T08:00:00.000Z',
    completed: [],
    weeklyGoals: [],
    ...overrides,
  };
}

/** Days 1…n done on consecutive days ending `daysAgo` days before today. */
function doneDays(count: number, startedOn: IsoDate): ProgrammeRunRecord['completed'] {
  return Array.from({ length: count }, (_, index) => ({ day: index + 1, on: addDays(startedOn, index) }));
}

describe('Programmes', () => {
  beforeEach(freshDatabase);

  it('is reachable from the diary home and from « Plus »', async () => {
    await renderApp('/');
    expect((await screen.findByRole('link', { name: 'Programmes' })).getAttribute('href')).toBe(
      '/programmes',
    );
    freshDatabase();
    await renderApp('/plus');
    expect((await screen.findByRole('link', { name: /^Programmes/ })).getAttribute('href')).toBe(
      '/programmes',
    );
  });

  it('completes day 1 of « Premiers pas »: the quiz first, then day 2 waits for tomorrow', async () => {
    const user = userEvent.setup();
    await renderApp('/programmes');
    await user.click(await screen.findByRole('link', { name: /Premiers pas/ }));
    await user.click(await screen.findByRole('button', { name: 'Commencer' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Jour 1\u00a0: Comprendre/ })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Terminer le jour 1' }));
    expect(await screen.findByText('Faites l’action ci-dessus pour terminer ce jour.')).toBeTruthy();

    const quiz = screen.getByRole('group', { name: /Lequel contient le plus d’alcool/ });
    await user.click(within(quiz).getByRole('radio', { name: 'Le whisky' }));
    expect(quiz.textContent).toContain('Pas tout à fait.');
    await user.click(within(quiz).getByRole('radio', { name: 'Autant dans les trois' }));
    expect(quiz.textContent).toContain('Bonne réponse.');
    expect(
      screen.getByRole('link', { name: /Société française d’alcoologie|Le verre standard en France/ }),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Terminer le jour 1' }));
    expect(await screen.findByText('Le jour 2 s’ouvrira demain.')).toBeTruthy();
    const [run] = await allProgrammeRuns();
    expect(run?.completed).toEqual([{ day: 1, on: today() }]);
    expect(screen.queryByRole('link', { name: /Jour 2/ })).toBeNull();
  });

  it('asks the safety questions before the month without alcohol when dependence signs exist', async () => {
    await saveResult('face', [4, 4, 1, 1, 0], 'male');
    await renderApp('/programmes/mois-sans-alcool');
    expect(await screen.findByRole('region', { name: /quatre questions pour votre sécurité/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Commencer/ })).toBeNull();
    expect(await allProgrammeRuns()).toEqual([]);
  });

  it('welcomes the person back after a gap, at the day where they stopped', async () => {
    const startedOn = addDays(today(), -20);
    await saveProgrammeRun(
      aRun({ programmeId: 'premiers-pas', startedOn, completed: doneDays(3, startedOn) }),
    );
    await renderApp('/programmes/premiers-pas');
    expect(await screen.findByText(/Bon retour ! Vous reprenez au jour 4/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ouvrir le jour 4' }).getAttribute('href')).toBe(
      '/programmes/premiers-pas/jour/4',
    );
  });

  it('proposes the week’s goal from the person’s weeks and saves it as their goal', async () => {
    const user = userEvent.setup();
    await updatePreferences({
      typicalWeek: { standardDrinks: standardDrinkCount(20), kcal: kilocalories(1400), euros: euros(50) },
    });
    await saveProgrammeRun(aRun({ programmeId: 'reduire-28-jours', baseline: 20 }));
    await renderApp('/programmes/reduire-28-jours/jour/1');
    expect(await screen.findByText(/Oz vous propose au plus 18 verres standard/)).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Choisir cet objectif' }));
    expect(await screen.findByText('Objectif de la semaine : 18 verres au plus.')).toBeTruthy();
    const [goal] = await allGoals();
    expect(goal?.maxStandardDrinksPerWeek).toBe(18);
    const [run] = await allProgrammeRuns();
    expect(run?.weeklyGoals).toEqual([{ week: 1, maxStandardDrinksPerWeek: 18, setOn: today() }]);
  });

  it('shows the questionnaire before and after at the end of the programme', async () => {
    const startedOn = addDays(today(), -10);
    await saveScreening({
      id: 's-before',
      instrument: 'audit-c',
      version: '1',
      answers: [2, 2, 2],
      sex: 'male',
      total: 6,
      level: 'misuse',
      takenAt: '2020-01-01T07:00:00.000Z',
    });
    await saveScreening({
      id: 's-after',
      instrument: 'audit-c',
      version: '1',
      answers: [1, 1, 1],
      sex: 'male',
      total: 3,
      level: 'low',
      takenAt: '2020-01-09T07:00:00.000Z',
    });
    await saveProgrammeRun(
      aRun({ programmeId: 'premiers-pas', startedOn, completed: doneDays(6, startedOn) }),
    );
    await renderApp('/programmes/premiers-pas/jour/7');
    const table = await screen.findByRole('table', { name: /AUDIT-C/ });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table.textContent).toContain('6 sur 12');
    expect(table.textContent).toContain('3 sur 12');
    expect(screen.getByText(/plus bas qu’au début/)).toBeTruthy();
    // Quality of life at the end (features/wellbeing WellbeingCheck), offered, never required.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Faire le point sur votre bien-être' }));
    expect(await screen.findByRole('group', { name: /^1\./ })).toBeTruthy();
  });
});
