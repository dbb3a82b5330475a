import type { ContactAttachment } from '@oz/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContactForm } from './ContactForm.js';
import { renderInApp } from './test-support.js';

const attachment: ContactAttachment = {
  screening: { instrument: 'audit-c', score: 6, level: 'misuse', takenOn: '2026-11-20' },
  diaryWeeks: [
    {
      weekStart: '2026-11-16',
      standardDrinks: 12.5,
      drinkingDays: 4,
      heaviestDayStandardDrinks: 5,
      daysLogged: 7,
    },
  ],
};

describe('<ContactForm>', () => {
  it('lists what is missing, focuses the list and sends nothing', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderInApp(<ContactForm attachment={null} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Envoyer ma demande' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('3 points à corriger');
    expect(alert.textContent).toContain('Indiquez un numéro de téléphone ou une adresse électronique.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.getByLabelText('Prénom ou pseudonyme').getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(
      screen.getByRole('link', { name: 'Indiquez un numéro de téléphone ou une adresse électronique.' }),
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Téléphone'));
  });

  it('sends a valid request, without the attachment unless the unticked box is ticked', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderInApp(<ContactForm attachment={attachment} onSubmit={onSubmit} />);
    const consent = screen.getByRole('checkbox', { name: /Joindre mon dernier résultat de test/ });
    expect((consent as HTMLInputElement).checked).toBe(false);
    await user.click(screen.getByRole('radio', { name: 'Pour un proche qui m’inquiète' }));
    await user.type(screen.getByLabelText('Prénom ou pseudonyme'), 'Sam');
    await user.type(screen.getByLabelText('Adresse électronique'), 'sam@example.fr');
    await user.click(screen.getByRole('checkbox', { name: 'En soirée' }));
    await user.click(screen.getByRole('button', { name: 'Envoyer ma demande' }));
    expect(onSubmit).toHaveBeenCalledWith({
      subject: 'entourage',
      firstName: 'Sam',
      email: 'sam@example.fr',
      preferredSlots: ['evening'],
      consentToShare: false,
      locale: 'fr',
    });

    await user.click(consent);
    await user.click(screen.getByRole('button', { name: 'Envoyer ma demande' }));
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ consentToShare: true }));
  });

  it('shows exactly what would be attached, and who sees it for how long', () => {
    renderInApp(<ContactForm attachment={attachment} onSubmit={vi.fn()} />);
    expect(screen.getByText(/Test rapide \(AUDIT-C\) : score 6/)).toBeTruthy();
    expect(
      screen.getByRole('table', { name: 'Résumé du journal, semaine par semaine' }).textContent,
    ).toContain('12,5');
    expect(screen.getByRole('heading', { name: 'Qui verra quoi, et combien de temps' })).toBeTruthy();
    expect(screen.getByText(/effacés 90 jours après la clôture/)).toBeTruthy();
  });
});
