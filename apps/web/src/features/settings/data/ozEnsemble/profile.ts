import type { OzeTransfer } from '@oz/contracts';
import {
  ageBandOfOzeBracket,
  isOzeQuickTestLevel,
  ozeQuickTestLevel,
  ozeSex,
  scoreOzeQuickTest,
  typicalWeekFromServings,
  type AgeBand,
  type Drink,
  type OzeQuickTestLevel,
  type TypicalWeek,
} from '@oz/core';
import { nowIso } from '../../../../storage/ids.js';
import type { Profile, ScreeningRecord } from '../../../../storage/types.js';

/*
 * What Oz Ensemble knew of the person besides the diary: sex and age bracket (→ Oz's profile), the typical week
 * before cutting down (`@GainPreviousDrinksPerWeek` → the gains baseline) and the quick test (`@Quizz_answers`,
 * `@Quizz_result` → a screening result labelled « Oz Ensemble », with its item points and Oz Ensemble's own
 * cut-offs, never Oz's).
 */

export type ImportFact =
  | { readonly kind: 'typical-week'; readonly standardDrinks: number; readonly missing: readonly string[] }
  | { readonly kind: 'age-band'; readonly band: AgeBand }
  | { readonly kind: 'age-unmapped'; readonly bracket: string }
  | { readonly kind: 'quick-test'; readonly total: number | null; readonly level: OzeQuickTestLevel };

export interface ProfileImport {
  readonly profile: Profile | null;
  readonly typicalWeek: TypicalWeek | null;
  readonly screening: ScreeningRecord | null;
  readonly facts: readonly ImportFact[];
}

function quickTest(transfer: OzeTransfer): { screening: ScreeningRecord; fact: ImportFact } | null {
  const answers = transfer.quizAnswers ?? {};
  const sex = ozeSex(answers['gender'] ?? transfer.gender);
  const score = scoreOzeQuickTest(answers);
  const total = score.kind === 'scored' ? score.total : null;
  const level = isOzeQuickTestLevel(transfer.quizResult)
    ? transfer.quizResult
    : total === null
      ? undefined
      : ozeQuickTestLevel(total, sex);
  if (level === undefined) return null;
  const screening: ScreeningRecord = {
    id: 'oz-ensemble:quiz',
    instrument: 'oz-ensemble-audit-c',
    version: 'oz-ensemble',
    answers: score.kind === 'scored' ? [...score.points] : [],
    sex,
    total,
    level,
    // Oz Ensemble kept no date for the test: the day of the import is all Oz knows (shown as such).
    takenAt: nowIso(),
  };
  return { screening, fact: { kind: 'quick-test', total, level } };
}

function typicalWeek(
  transfer: OzeTransfer,
  drinkOf: (key: string) => Drink | null,
): { week: TypicalWeek; fact: ImportFact } | null {
  if (transfer.typicalWeek === null || transfer.typicalWeek.length === 0) return null;
  const servings: { drink: Drink; quantity: number }[] = [];
  const missing: string[] = [];
  for (const item of transfer.typicalWeek) {
    const drink = drinkOf(item.drinkKey);
    if (drink === null) missing.push(item.drinkKey);
    else servings.push({ drink, quantity: item.quantity });
  }
  if (servings.length === 0) return null;
  const week = typicalWeekFromServings(servings);
  return { week, fact: { kind: 'typical-week', standardDrinks: week.standardDrinks, missing } };
}

/** Sex, age band, typical week and quick test of a transfer file; `drinkOf` resolves Oz Ensemble keys. */
export function profileImport(transfer: OzeTransfer, drinkOf: (key: string) => Drink | null): ProfileImport {
  const facts: ImportFact[] = [];
  const sex = ozeSex(transfer.gender ?? transfer.quizAnswers?.['gender']);
  const band = ageBandOfOzeBracket(transfer.ageBracket);
  if (band !== undefined) facts.push({ kind: 'age-band', band });
  else if (transfer.ageBracket !== null) facts.push({ kind: 'age-unmapped', bracket: transfer.ageBracket });
  const week = typicalWeek(transfer, drinkOf);
  if (week !== null) facts.push(week.fact);
  const test = quickTest(transfer);
  if (test !== null) facts.push(test.fact);
  return {
    profile: sex === 'unspecified' && band === undefined ? null : { sex, ageBand: band ?? null },
    typicalWeek: week?.week ?? null,
    screening: test?.screening ?? null,
    facts,
  };
}
