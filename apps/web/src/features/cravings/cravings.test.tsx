import { createPlan, isoDate } from '@oz/core';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { allCravings, allPlans, savePlan } from '../../storage/support.js';

const AT = '2026-11-20T10:00:00.000Z';
/** French typography: the catalogue puts a no-break space before « ? : ! » and inside « ». */
const fr = (text: string): string => text.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

describe('« Envie de boire ? »', () => {
  beforeEach(freshDatabase);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts with things to do now, then the helpline, and is one tap from the header', async () => {
    await renderApp('/');
    const header = screen.getByRole('banner');
    expect(
      within(header)
        .getByRole('link', { name: fr('Envie de boire ?') })
        .getAttribute('href'),
    ).toBe('/envie-de-boire');
    await renderApp('/envie-de-boire');
    expect(await screen.findByRole('heading', { level: 1, name: fr('Envie de boire ?') })).toBeTruthy();
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(headings.indexOf('Respirer une minute')).toBeLessThan(
      headings.indexOf('Parler à quelqu’un maintenant'),
    );
    expect(headings.indexOf('Parler à quelqu’un maintenant')).toBeLessThan(
      headings.indexOf('Noter cette envie'),
    );
    expect(screen.getByRole('link', { name: /Appeler le 0/ }).getAttribute('href')).toBe('tel:+33980980930');
    expect(screen.getByText(/ce n’est pas qu’une envie/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Noter mes raisons' })).toBeTruthy();
  });

  it('guides the breathing in words: breathe in for 4 seconds, then out', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    await renderApp('/envie-de-boire');
    await user.click(await screen.findByRole('button', { name: 'Commencer à respirer' }));
    const phase = screen.getByTestId('breathing-phase');
    expect(phase.textContent).toBe('Inspirez');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4000);
    });
    expect(phase.textContent).toBe('Soufflez');
    await user.click(screen.getByRole('button', { name: 'J’ai fini' }));
    expect(screen.getByText(/L’envie a peut-être déjà baissé/)).toBeTruthy();
  });

  it('notes a craving and proposes back the plan written for that situation', async () => {
    await savePlan(
      createPlan({
        id: 'p1',
        situation: 'party',
        ifText: '',
        thenText: 'je bois un verre d’eau',
        createdAt: AT,
        updatedAt: AT,
      }),
    );
    const user = userEvent.setup();
    await renderApp('/envie-de-boire/noter');
    await screen.findByRole('group', { name: fr('Quelle était la force de l’envie ?') });
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choisissez la force de l’envie, de 0 à 10.');

    await user.click(screen.getByRole('radio', { name: '7' }));
    await user.click(screen.getByRole('radio', { name: 'En soirée, à une fête' }));
    expect(screen.getByTestId('plans-for-moment').textContent).toContain(
      'Si je suis en soirée, alors je bois un verre d’eau.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Stressé, tendu' }));
    await user.click(screen.getByRole('checkbox', { name: 'Suivre mon plan' }));
    await user.click(screen.getByRole('radio', { name: 'Non, je n’ai pas bu' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText(/Vous avez laissé passer cette envie/)).toBeTruthy();
    const [craving] = await allCravings();
    expect(craving).toMatchObject({
      intensity: 7,
      situation: 'party',
      feelings: ['stress'],
      helped: ['plan'],
      drank: false,
    });
  });

  it('invites to write a plan when the situation has none, then saves it', async () => {
    const user = userEvent.setup();
    await renderApp('/envie-de-boire/noter');
    await user.click(await screen.findByRole('checkbox', { name: 'Quand je m’ennuie' }));
    await user.click(screen.getByRole('link', { name: 'Écrire un plan pour ce moment' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: fr('Mes plans « si… alors… »') }),
    ).toBeTruthy();
    expect((screen.getByLabelText('Pour quelle situation ?') as HTMLSelectElement).value).toBe('bored');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le plan' }));
    expect((await screen.findByRole('alert')).textContent).toContain(fr('la partie « alors »'));
    await user.type(screen.getByLabelText('… alors je…'), 'sors marcher');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le plan' }));
    expect(await screen.findByText('Si je m’ennuie, alors sors marcher.')).toBeTruthy();
    expect((await allPlans()).map((plan) => plan.situation)).toEqual(['bored']);
  });

  it('shows the cravings of the last 12 weeks as a chart with a table', async () => {
    const { createCraving } = await import('@oz/core');
    const { saveCraving } = await import('../../storage/support.js');
    const { today } = await import('../../app/clock.js');
    await saveCraving(
      createCraving({
        id: 'c1',
        date: today(),
        time: '18:00',
        intensity: 8,
        situation: null,
        feelings: [],
        helped: [],
        drank: true,
        note: '',
        createdAt: AT,
        updatedAt: AT,
      }),
    );
    await saveCraving(
      createCraving({
        id: 'c2',
        date: isoDate(today()),
        time: '21:00',
        intensity: 4,
        situation: 'home',
        feelings: [],
        helped: [],
        drank: false,
        note: '',
        createdAt: AT,
        updatedAt: AT,
      }),
    );
    await renderApp('/envie-de-boire/historique');
    expect(await screen.findByRole('img', { name: /Vos envies, semaine par semaine/ })).toBeTruthy();
    expect(screen.getAllByText('2 envies notées sur ces 12 semaines, dont 1 sans boire.')).not.toHaveLength(
      0,
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(within(table).getByText('6')).toBeTruthy();
    expect(
      screen
        .getAllByRole('listitem')
        .some((item) => item.textContent?.includes('✓ Sans boire — À la maison')),
    ).toBe(true);
  });
});
