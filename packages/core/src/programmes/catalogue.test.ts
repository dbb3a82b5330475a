import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/date.js';
import { programmeById, PROGRAMMES } from './catalogue.js';
import { programmeProblems, programmeTexts } from './checkProgramme.js';
import type { Programme } from './programme.js';
import {
  isProgrammeId,
  PROGRAMME_IDS,
  PROGRAMME_LENGTHS,
  programmeTitle,
  programmeWeek,
} from './programme.js';

describe('the programmes', () => {
  it('are the three the impact dashboard counts, one per id', () => {
    expect(PROGRAMME_IDS).toEqual(['premiers-pas', 'reduire-28-jours', 'mois-sans-alcool']);
    expect(PROGRAMMES.map((programme) => programme.id)).toEqual([...PROGRAMME_IDS]);
    for (const id of PROGRAMME_IDS) expect(programmeById(id).id).toBe(id);
    expect(isProgrammeId('premiers-pas')).toBe(true);
    expect(isProgrammeId('dry-january')).toBe(false);
  });

  it.each<[string, number]>([
    ['premiers-pas', 7],
    ['reduire-28-jours', 28],
    ['mois-sans-alcool', 31],
  ])('%s lasts %d days', (id, length) => {
    expect(PROGRAMMES.find((programme) => programme.id === id)?.days).toHaveLength(length);
    expect(PROGRAMME_LENGTHS[id as keyof typeof PROGRAMME_LENGTHS]).toBe(length);
  });

  it.each(PROGRAMMES.map((programme): [string, Programme] => [programme.id, programme]))(
    '%s: every text has French and English, every day its sources and a valid action',
    (_id, programme) => {
      expect(programmeProblems(programme)).toEqual([]);
      expect(programmeTexts(programme).length).toBeGreaterThan(programme.days.length * 2);
    },
  );

  it('covers what « Premiers pas » promises, in order', () => {
    const actions = programmeById('premiers-pas').days.map((day) => day.action.kind);
    expect(actions).toEqual(['quiz', 'quiz', 'exercise', 'exercise', 'set-goal', 'quiz', 'review']);
  });

  it('sets a goal at the start of each week of the reduction programme', () => {
    const goalDays = programmeById('reduire-28-jours')
      .days.filter((day) => day.action.kind === 'set-goal')
      .map((day) => day.day);
    expect(goalDays).toEqual([1, 8, 15, 22]);
    expect(goalDays.map(programmeWeek)).toEqual([1, 2, 3, 4]);
  });

  it('catches a missing translation, a source without a link and a quiz without its answer', () => {
    const good = programmeById('premiers-pas');
    const [first, ...rest] = good.days;
    if (first === undefined) throw new Error('no day');
    const broken: Programme = {
      ...good,
      days: [
        {
          ...first,
          title: { fr: first.title.fr, en: ' ' },
          sources: [{ publisher: 'X', title: 'Y', url: 'http://insecure.example' }],
          action: { kind: 'quiz', questions: [{ ...QUESTION, answer: 5 }] },
        },
        ...rest,
      ],
    };
    const problems = programmeProblems(broken);
    expect(problems).toContain('premiers-pas day 1 title: no English text');
    expect(problems).toContain('premiers-pas day 1: source link "http://insecure.example"');
    expect(problems).toContain('premiers-pas day 1: quiz q answer is not one of its options');
  });

  it('calls the break « Défi de Janvier » in January and « Mois sans alcool » otherwise', () => {
    const month = programmeById('mois-sans-alcool');
    expect(programmeTitle(month, isoDate('2027-01-01')).fr).toBe('Défi de Janvier');
    expect(programmeTitle(month, isoDate('2027-01-31')).en).toBe('Dry January');
    expect(programmeTitle(month, isoDate('2026-12-31')).fr).toBe('Mois sans alcool');
    expect(programmeTitle(programmeById('premiers-pas'), isoDate('2027-01-05')).fr).toBe('Premiers pas');
  });
});

const QUESTION = {
  id: 'q',
  question: { fr: 'Question\u00a0?', en: 'Question?' },
  options: [
    { fr: 'A', en: 'A' },
    { fr: 'B', en: 'B' },
  ],
  answer: 0,
  explanation: { fr: 'Parce que.', en: 'Because.' },
};
