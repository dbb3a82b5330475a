import { checkedChoices, checkedText, InvalidSupportInputError } from './errors.js';
import type { RiskSituation } from './situations.js';
import { RISK_SITUATIONS } from './situations.js';

/*
 * Motivation tools of the HAS brief intervention (docs/clinical-rules.md §8): step 2 "discuss the personal
 * benefit of cutting down or stopping" (the reasons checklist, the person's own words and the decisional
 * balance) and step 3 "rate 0–10 motivation, right moment and confidence" (the rulers). The reasons are the
 * benefits people report when they drink less (Alcool Info Service, « Boire moins : quels bénéfices ? »,
 * https://alcool-info-service.fr/agir-sur-sa-consommation/comment-reduire-votre-consommation/boire-moins-quels-benefices).
 */

export const MOTIVATIONS = [
  'health',
  'sleep',
  'energy',
  'money',
  'weight',
  'concentration',
  'mood',
  'family',
  'relationships',
  'work',
  'control',
  'no-hangover',
  'sport',
  'driving',
] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

export const MAX_OWN_WORDS_LENGTH = 1000;
export const MAX_BALANCE_ITEMS = 12;
export const MAX_BALANCE_ITEM_LENGTH = 200;

/** Pros and cons of changing, in the person's words (decisional balance). */
export interface DecisionalBalance {
  /** What the person would gain by changing. */
  readonly gains: readonly string[];
  /** What would be hard, or what the person would miss. */
  readonly costs: readonly string[];
}

/** Everything the person said about why and when: one record, replaced on each save. */
export interface MotivationState {
  readonly reasons: readonly Motivation[];
  readonly ownWords: string;
  readonly riskSituations: readonly RiskSituation[];
  readonly balance: DecisionalBalance;
  /** ISO instant of the last change (passed in: the core never reads the clock). */
  readonly updatedAt: string;
}

export interface MotivationInput {
  readonly reasons: readonly string[];
  readonly ownWords: string;
  readonly riskSituations: readonly string[];
  readonly balance: { readonly gains: readonly string[]; readonly costs: readonly string[] };
}

export const EMPTY_MOTIVATION: Omit<MotivationState, 'updatedAt'> = {
  reasons: [],
  ownWords: '',
  riskSituations: [],
  balance: { gains: [], costs: [] },
};

function balanceItems(field: string, items: readonly string[]): string[] {
  const kept = items.map((item) => item.trim()).filter((item) => item.length > 0);
  if (kept.length > MAX_BALANCE_ITEMS) {
    throw new InvalidSupportInputError(
      field,
      'too-many',
      `must have at most ${String(MAX_BALANCE_ITEMS)} items`,
    );
  }
  return kept.map((item, index) =>
    checkedText(`${field}[${String(index)}]`, item, 1, MAX_BALANCE_ITEM_LENGTH),
  );
}

/**
 * Validates and normalises what the person wrote: known reasons and situations, listed once (in the
 * catalogue's order), texts trimmed, empty balance lines dropped.
 * @throws InvalidSupportInputError naming the field that does not fit.
 */
export function createMotivationState(input: MotivationInput, updatedAt: string): MotivationState {
  return {
    reasons: checkedChoices('reasons', input.reasons, MOTIVATIONS),
    ownWords: checkedText('ownWords', input.ownWords, 0, MAX_OWN_WORDS_LENGTH),
    riskSituations: checkedChoices('riskSituations', input.riskSituations, RISK_SITUATIONS),
    balance: {
      gains: balanceItems('balance.gains', input.balance.gains),
      costs: balanceItems('balance.costs', input.balance.costs),
    },
    updatedAt,
  };
}

/** True when the person has said anything at all (the craving screen then shows their own reasons). */
export function hasMotivation(state: Omit<MotivationState, 'updatedAt'>): boolean {
  return state.reasons.length > 0 || state.ownWords.length > 0 || state.balance.gains.length > 0;
}
