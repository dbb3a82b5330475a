import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { saveScreening } from '../../storage/repositories.js';
import { score, toRecord } from './instruments.js';

describe('Évaluer', () => {
  beforeEach(freshDatabase);

  it('lists every result with its date and compares the last two of the same questionnaire', async () => {
    const first = toRecord(score('face', [3, 2, 1, 0, 0], 'male'));
    const second = toRecord(score('face', [2, 1, 0, 0, 0], 'male'));
    await saveScreening({ ...first, takenAt: '2026-10-01T09:00:00.000Z' });
    await saveScreening({ ...second, takenAt: '2026-11-20T09:00:00.000Z' });
    await renderApp('/evaluer');

    expect(await screen.findByText(/Dernier score : 3 .*Précédent : 9/)).toBeTruthy();
    expect(screen.getByText(/En baisse de 6 points\./)).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Mes résultats' });
    expect(history.querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Refaire le test' }).getAttribute('href')).toBe('/evaluer/face');
  });

  it('offers the three questionnaires', async () => {
    await renderApp('/evaluer');
    const links = screen
      .getAllByRole('link', { name: 'Faire le test' })
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/test-rapide', '/evaluer/audit', '/evaluer/face']);
  });
});
