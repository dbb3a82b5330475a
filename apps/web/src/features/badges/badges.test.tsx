import { addDays } from '@oz/core';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { saveProgrammeRun } from '../../storage/programmes.js';
import { saveDay } from '../../storage/repositories.js';
import { allBadgeViews } from '../../storage/wellbeing.js';
import { emptyDayLog } from '../diary/model.js';

const AT = '2026-11-20T10:00:00.000Z';

describe('« Mes badges »', () => {
  beforeEach(freshDatabase);

  it('celebrates a drink-free week and a finished programme, then remembers they were seen', async () => {
    const day = today();
    for (let offset = -6; offset <= 0; offset += 1) {
      await saveDay({ ...emptyDayLog(addDays(day, offset)), drinkFree: true });
    }
    const start = addDays(day, -6);
    await saveProgrammeRun({
      id: 'run-1',
      programmeId: 'premiers-pas',
      startedOn: start,
      completed: Array.from({ length: 7 }, (_, index) => ({ day: index + 1, on: addDays(start, index) })),
      startedAt: AT,
      updatedAt: AT,
      weeklyGoals: [],
    });

    await renderApp('/badges');

    const week = await screen.findByTestId('badge-drink-free-days-7');
    expect(week.textContent).toContain('7 jours sans alcool');
    expect(within(week).getByText('Nouveau')).toBeTruthy();
    expect(screen.getByTestId('badge-programme-completions-1').textContent).toContain('1 programme terminé');
    expect(screen.getByTestId('badge-programme-days-7')).toBeTruthy();
    await waitFor(async () =>
      expect((await allBadgeViews()).map((view) => view.id)).toContain('drink-free-days-7'),
    );
    // Nothing is held: no caution about stopping abruptly.
    expect(screen.queryByText('Une précaution')).toBeNull();
  });

  it('says what will count when there is no badge yet', async () => {
    await renderApp('/badges');
    expect(await screen.findByText(/Pas encore de badge/)).toBeTruthy();
    expect(document.body.textContent).toContain('Prochain\u00a0: 1 jour sans alcool');
  });
});
