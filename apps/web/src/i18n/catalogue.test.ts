import { describe, expect, it } from 'vitest';
import { contactEn } from '../features/contact/messages.en.js';
import { contactFr } from '../features/contact/messages.fr.js';
import { proEn } from '../pro/i18n/messages.en.js';
import { proFr } from '../pro/i18n/messages.fr.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Message } from './types.js';

type Area = Readonly<Record<string, Message>>;

/** Every area object exported by the modules of one folder (fr/, en/…), whatever their names. */
function areasOf(modules: Record<string, Record<string, Area>>): Area[] {
  return Object.values(modules).flatMap((module) => Object.values(module));
}

/** Keys defined by more than one area: a later spread would silently replace an earlier message. */
function keysInSeveralAreas(areas: readonly Area[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const key of areas.flatMap((area) => Object.keys(area))) {
    if (seen.has(key)) repeated.push(key);
    seen.add(key);
  }
  return repeated;
}

const glob = {
  fr: import.meta.glob<Record<string, Area>>('./fr/*.ts', { eager: true }),
  en: import.meta.glob<Record<string, Area>>('./en/*.ts', { eager: true }),
  proFr: import.meta.glob<Record<string, Area>>('../pro/i18n/fr/*.ts', { eager: true }),
  proEn: import.meta.glob<Record<string, Area>>('../pro/i18n/en/*.ts', { eager: true }),
};

describe.each([
  ['person, French', fr, [...areasOf(glob.fr), contactFr]],
  ['person, English', en, [...areasOf(glob.en), contactEn]],
  ['workspace, French', proFr, areasOf(glob.proFr)],
  ['workspace, English', proEn, areasOf(glob.proEn)],
] as const)('the %s catalogue', (_name, catalogue: Area, areas: readonly Area[]) => {
  it('is composed of areas that each define their own keys', () => {
    expect(areas.length).toBeGreaterThan(1);
    expect(keysInSeveralAreas(areas)).toEqual([]);
    const areaKeyCount = areas.reduce((count, area) => count + Object.keys(area).length, 0);
    expect(areaKeyCount).toBe(Object.keys(catalogue).length);
  });
});
