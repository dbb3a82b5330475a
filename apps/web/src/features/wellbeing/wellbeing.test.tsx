import { createWellbeingAssessment } from '@oz/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { allWellbeingAssessments, saveWellbeingAssessment } from '../../storage/wellbeing.js';

async function answerAll(answer: string): Promise<void> {
  const user = userEvent.setup();
  for (const group of screen.getAllByRole('group').filter((node) => /^\d\./.test(node.textContent))) {
    await user.click(within(group).getByRole('radio', { name: answer }));
  }
}

describe('« Mon bien-être »', () => {
  beforeEach(freshDatabase);

  it('asks for every WHO-5 answer, keeps the optional domains apart, and saves', async () => {
    const user = userEvent.setup();
    await renderApp('/bien-etre');
    await user.click(await screen.findByRole('button', { name: 'Répondre au questionnaire' }));
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Répondez aux cinq questions');
    expect(await allWellbeingAssessments()).toEqual([]);

    await answerAll('Jamais');
    const sleep = screen.getByRole('group', { name: /Votre sommeil/ });
    await user.click(within(sleep).getByRole('radio', { name: 'Très difficile' }));
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));

    expect((await screen.findByTestId('wellbeing-score')).textContent).toBe('0 sur 100');
    // A low score orients, kindly, with the 3114 for distress.
    expect(screen.getByRole('link', { name: 'Appeler le 3114' }).getAttribute('href')).toBe('tel:3114');
    const [saved] = await allWellbeingAssessments();
    expect(saved).toMatchObject({ who5: [0, 0, 0, 0, 0], domains: { sleep: 'very-bad' }, context: 'start' });
  });

  it('shows nothing alarming for a good score, and compares with the previous one', async () => {
    await saveWellbeingAssessment(
      createWellbeingAssessment({
        id: 'w0',
        date: '2026-01-05',
        takenAt: '2026-01-05T10:00:00.000Z',
        who5: [2, 2, 2, 2, 2],
        context: 'start',
      }),
    );
    const user = userEvent.setup();
    await renderApp('/bien-etre');
    await user.click(await screen.findByRole('button', { name: 'Répondre à nouveau' }));
    await answerAll('Tout le temps');
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));
    expect((await screen.findByTestId('wellbeing-score')).textContent).toBe('100 sur 100');
    expect(screen.getByTestId('wellbeing-result').textContent).toContain('mieux que la fois précédente');
    expect(screen.queryByRole('link', { name: 'Appeler le 3114' })).toBeNull();
    expect(within(screen.getByTestId('wellbeing-table')).getAllByRole('row')).toHaveLength(3);
  });
});
