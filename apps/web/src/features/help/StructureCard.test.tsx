import { render, screen } from '@testing-library/react';
import type { StructureWithDistance } from '@oz/contracts';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.js';
import { en } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';
import { aStructure } from './help.fixture.js';
import { StructureCard } from './StructureCard.js';

const DECLARED_AT = '2026-11-20T09:30:00.000Z';

function renderCard(structure: StructureWithDistance, locale: 'fr' | 'en' = 'fr'): void {
  render(
    <I18nProvider locale={locale} catalogue={locale === 'fr' ? fr : en}>
      <StructureCard structure={structure} />
    </I18nProvider>,
  );
}

describe('StructureCard: what a structure on Oz declares', () => {
  it('shows the declared wait for a first appointment with its date', () => {
    renderCard(
      aStructure({ waitTimeDays: 12, acceptingNewPeople: true, availabilityDeclaredAt: DECLARED_AT }),
    );
    expect(
      screen.getByText('Délai pour un premier rendez-vous : ~12 jours (déclaré le 20 novembre 2026)'),
    ).toBeTruthy();
    expect(screen.queryByText(/N’accepte pas/)).toBeNull();
  });

  it('says in words that a structure takes no new people for now, instead of its wait', () => {
    renderCard(
      aStructure({ waitTimeDays: 40, acceptingNewPeople: false, availabilityDeclaredAt: DECLARED_AT }),
    );
    const warning = screen.getByText('N’accepte pas de nouvelles personnes pour le moment');
    expect(warning.closest('p')?.textContent).toContain('(déclaré le 20 novembre 2026)');
    expect(screen.queryByText(/Délai pour un premier rendez-vous/)).toBeNull();
  });

  it('says it in English too', () => {
    renderCard(
      aStructure({ waitTimeDays: 1, acceptingNewPeople: true, availabilityDeclaredAt: DECLARED_AT }),
      'en',
    );
    expect(
      screen.getByText('Wait for a first appointment: ~1 day (declared on 20 November 2026)'),
    ).toBeTruthy();
  });

  it('shows nothing about availability for a structure that declared nothing', () => {
    renderCard(aStructure());
    expect(screen.queryByText(/Délai|N’accepte pas/)).toBeNull();
  });

  it('shows the opening hours, the declared ones when the structure gave them', () => {
    renderCard(aStructure({ openingHours: 'Lun-Ven 9h-19h' }));
    expect(screen.getByText('Horaires : Lun-Ven 9h-19h')).toBeTruthy();
  });
});
