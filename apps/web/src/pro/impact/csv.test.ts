import type { ImpactReport } from '@oz/contracts';
import { describe, expect, it } from 'vitest';
import { makeProI18n } from '../i18n/ProI18n.js';
import { proFr } from '../i18n/messages.fr.js';
import { impactCsv } from './csv.js';

const small = { suppressed: 'below-threshold' } as const;
const hidden = { suppressed: 'complementary' } as const;
const empty = { categories: [], total: small };

function aReport(): ImpactReport {
  return {
    scope: { kind: 'structure', structureId: 'curated-a', name: 'CSAPA A' },
    year: { number: 1, from: '2026-01', to: '2026-12', available: 1 },
    months: ['2026-01', '2026-02'],
    threshold: 5,
    generatedAt: '2026-02-10T10:00:00.000Z',
    patients: {
      all: { byMonth: [{ value: 12 }, small], total: hidden },
      viaRequests: { byMonth: [{ value: 12 }, small], total: hidden },
      viaInvitations: { byMonth: [small, small], total: small },
      byAgeBand: {
        categories: [
          { key: '25-64', count: { value: 9 } },
          { key: 'not-said', count: small },
        ],
        total: hidden,
      },
      bySex: empty,
      byQuickTestLevel: empty,
      byDepartement: empty,
    },
    requests: {
      created: { byMonth: [{ value: 20 }, small], total: hidden },
      answeredWithin48h: { byMonth: [0.8, null], overall: null },
      medianHoursToFirstContact: { byMonth: [6, null], overall: null },
    },
  };
}

describe('the impact CSV export', () => {
  const csv = impactCsv(aReport(), makeProI18n('fr', proFr));

  it('writes withheld counts in words, never as numbers', () => {
    expect(csv).toContain('Patients,2026-01,12\r\n');
    expect(csv).toContain('Patients,2026-02,< 5\r\n');
    expect(csv).toContain('Patients,Total,masqué\r\n');
    expect(csv).toContain('Patients par tranche d’âge — 25 à 64 ans,,9\r\n');
    expect(csv).toContain('Patients par tranche d’âge — Non renseigné,,< 5\r\n');
  });

  it('has a header and one line per cell, CRLF-separated', () => {
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Catégorie,Mois,Nombre');
    expect(lines.every((line) => line.split(',').length === 3)).toBe(true);
  });
});
