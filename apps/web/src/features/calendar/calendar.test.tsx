import { addDays, DRINKS, weekStart, type Drink } from '@oz/core';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { saveDay, saveEntry } from '../../storage/repositories.js';
import { emptyDayLog, newEntry } from '../diary/model.js';

function drink(id: string): Drink {
  const found = DRINKS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`catalogue changed: ${id}`);
  return found;
}

describe('calendar and charts', () => {
  beforeEach(freshDatabase);

  it('marks days drink-free / within / above by shape and words, not colour alone', async () => {
    const monday = weekStart(today());
    await saveDay({ ...emptyDayLog(monday), drinkFree: true });
    await saveEntry(newEntry(drink('wine-glass'), 1, addDays(monday, 1), '19:00'));
    await saveEntry(newEntry(drink('beer-pint'), 2, addDays(monday, 2), '21:00'));
    await renderApp('/calendrier');

    const links = await screen.findAllByRole('link', { name: /sans alcool, 0,0/ });
    expect(links.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: /dans les repères, 1,0 verre/ }).length).toBeGreaterThan(0);
    const above = screen.getAllByRole('link', { name: /au-dessus des repères, 4,0/ });
    expect(above[0]?.textContent).toContain('▲');
  });

  it('gives every chart a text equivalent', async () => {
    const monday = weekStart(today());
    await saveEntry(newEntry(drink('beer-pint'), 2, monday, '21:00'));
    await renderApp('/graphiques');
    // Once in the SVG description, once as a visible sentence.
    expect(
      await screen.findAllByText('4,0 verres standard cette semaine, 1 jour au-dessus de 2.'),
    ).toHaveLength(2);
    expect(screen.getAllByRole('img').length).toBe(2);
    expect(screen.getAllByRole('table').length).toBe(2);
  });
});
