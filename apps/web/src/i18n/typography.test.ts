import { AUDIT, AUDIT_C, DRINKS, FACE, programmeTexts, SAFETY_QUESTIONS } from '@oz/core';
import { PROGRAMMES } from '@oz/core/programmes';
import type { LocalizedText, Questionnaire } from '@oz/core';
import { describe, expect, it } from 'vitest';
import { fr } from './fr.js';
import type { Message } from './types.js';
import { frenchTypographyProblems, withFrenchTypography } from './typography.js';

/*
 * Every French text a person (or a professional) reads keeps the French typography rules (issue 8,
 * docs/conventions.md "French text"). The catalogues are found by where they live, so a new area file is
 * checked without registering it here: any `fr/*.ts` or `*.fr.ts` module under src/, and any module export
 * shaped `{ fr: { key: message } }` (feature catalogues kept beside their feature, like help/messages.ts).
 */

type Texts = ReadonlyMap<string, string>;

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every((form) => typeof form === 'string');
}

function isCatalogue(value: unknown): value is Readonly<Record<string, Message>> {
  return typeof value === 'object' && value !== null && Object.values(value).every(isMessage);
}

function messageTexts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((v) => v !== undefined);
}

function addCatalogue(
  into: Map<string, string>,
  where: string,
  catalogue: Readonly<Record<string, Message>>,
): void {
  for (const [key, message] of Object.entries(catalogue)) {
    messageTexts(message).forEach((text, index) => into.set(`${where} ${key}#${String(index)}`, text));
  }
}

const frenchModules = import.meta.glob<Record<string, unknown>>(
  ['../**/fr/*.ts', '../**/*.fr.ts', '!../**/*.test.ts'],
  { eager: true },
);
const bilingualModules = import.meta.glob<Record<string, unknown>>(
  ['../features/**/messages.ts', '../features/**/messages/*.ts', '!../**/*.test.ts'],
  { eager: true },
);

function webTexts(): Texts {
  const texts = new Map<string, string>();
  addCatalogue(texts, 'fr.ts', fr);
  for (const [file, module] of Object.entries(frenchModules)) {
    for (const [name, value] of Object.entries(module)) {
      if (isCatalogue(value)) addCatalogue(texts, `${file}:${name}`, value);
    }
  }
  for (const [file, module] of Object.entries(bilingualModules)) {
    for (const [name, value] of Object.entries(module)) {
      const french: unknown =
        typeof value === 'object' && value !== null ? Reflect.get(value, 'fr') : undefined;
      if (isCatalogue(french)) addCatalogue(texts, `${file}:${name}.fr`, french);
    }
  }
  return texts;
}

function questionnaireTexts(questionnaire: Questionnaire): [string, LocalizedText][] {
  const id = questionnaire.id;
  return [
    [`${id} name`, questionnaire.name],
    [`${id} intro`, questionnaire.intro],
    ...questionnaire.items.flatMap((item): [string, LocalizedText][] => [
      [`${item.id} text`, item.text],
      ...(item.hint === undefined ? [] : [[`${item.id} hint`, item.hint] as [string, LocalizedText]]),
      ...item.options.map((option, index): [string, LocalizedText] => [
        `${item.id} option ${String(index)}`,
        option.label,
      ]),
    ]),
  ];
}

function coreTexts(): Texts {
  const localized: [string, LocalizedText][] = [
    ...DRINKS.map((drink): [string, LocalizedText] => [`drink ${drink.id}`, drink.label]),
    ...[AUDIT, AUDIT_C, FACE].flatMap(questionnaireTexts),
    ...SAFETY_QUESTIONS.flatMap((question): [string, LocalizedText][] => [
      [`safety ${question.id} text`, question.text],
      ...(question.hint === undefined
        ? []
        : [[`safety ${question.id} hint`, question.hint] as [string, LocalizedText]]),
    ]),
    ...PROGRAMMES.flatMap(programmeTexts),
  ];
  return new Map(localized.map(([where, text]) => [`@oz/core ${where}`, text.fr]));
}

/** "where: text" lines for every text breaking a rule, with the suggested correction. */
function violations(texts: Texts): string[] {
  return [...texts].flatMap(([where, text]) => {
    const problems = frenchTypographyProblems(text);
    if (problems.length === 0) return [];
    const rules = [...new Set(problems.map((problem) => problem.rule))].join(', ');
    return [`${where} [${rules}]: ${JSON.stringify(text)} → ${JSON.stringify(withFrenchTypography(text))}`];
  });
}

describe('French typography rules', () => {
  it.each([
    ['Besoin d’aide ?', ['space-before-punctuation']],
    ['Besoin d’aide?', ['space-before-punctuation']],
    ['Total : 3', ['space-before-punctuation']],
    ['« oui »', ['space-before-punctuation', 'space-inside-quotes']],
    ['10 g d’alcool', ['space-in-number']],
    ['5 % et 5%', ['space-in-number', 'space-in-number']],
    ['sous 48 h', ['space-in-number']],
    ['à ~{km} km', ['space-in-number']],
    ['0 980 980 930', ['space-in-number', 'space-in-number', 'space-in-number']],
    ["aujourd'hui", ['straight-apostrophe']],
    ['connecté·e', ['inclusive-middle-dot']],
    ['connecté.e', ['inclusive-middle-dot']],
  ])('flags %j', (text, rules) => {
    expect(frenchTypographyProblems(text).map((problem) => problem.rule)).toEqual(rules);
  });

  it.each([
    'Besoin d’aide\u00a0?',
    'Total\u202f: 3',
    '«\u00a0oui\u00a0»',
    '10\u00a0g d’alcool, 5\u00a0%, sous 48\u00a0h, 0\u00a0980\u00a0980\u00a0930',
    'https://www.alcool-info-service.fr',
    '{count} heures, 3 minutes, 12 mois, 2 à 4 fois, nom@exemple.fr',
    'Une fois en ligne.',
  ])('accepts %j', (text) => {
    expect(frenchTypographyProblems(text)).toEqual([]);
  });

  it('proposes the corrected text', () => {
    expect(withFrenchTypography("« Aujourd'hui : 10 g, 5%, 0 980 980 930 ! »")).toBe(
      '«\u00a0Aujourd’hui\u00a0: 10\u00a0g, 5\u00a0%, 0\u00a0980\u00a0980\u00a0930\u00a0!\u00a0»',
    );
  });
});

describe('the French catalogues', () => {
  it('are all found (app, workspace, feature catalogues, core data)', () => {
    const web = [...webTexts().keys()];
    expect(web.some((where) => where.startsWith('fr.ts '))).toBe(true);
    expect(web.some((where) => where.includes('pro/i18n/fr/'))).toBe(true);
    expect(web.some((where) => where.includes('help/messages.ts'))).toBe(true);
    expect(coreTexts().size).toBeGreaterThan(DRINKS.length);
  });

  it('follow the French typography rules in the web app', () => {
    expect(violations(webTexts())).toEqual([]);
  });

  it('follow the French typography rules in the bilingual data of @oz/core', () => {
    expect(violations(coreTexts())).toEqual([]);
  });
});
