import type { Sex } from '../screening/questionnaire.js';

/*
 * Oz Ensemble's quick test (« auto-évaluation », an AUDIT-C with its own wording) as its transfer file keeps it:
 * `@Quizz_answers` = { gender: 'man' | 'woman', frequency, glasses, binge } (answer keys) and `@Quizz_result`
 * = 'good' | 'risk' | 'addicted'. Points and cut-offs as Oz Ensemble implemented them
 * (SocialGouv/ozensemble `QuizzOnboarding/questions.js` and `utils.js`; docs/reference/oz-ensemble-formats.md
 * §2.8): the cut-offs are more lenient than the usual AUDIT-C ones, so an imported result keeps Oz Ensemble's
 * label and is never re-labelled with Oz's thresholds — the person is invited to take Oz's test again.
 */

export const OZE_QUICK_TEST_ITEMS = ['frequency', 'glasses', 'binge'] as const;
export type OzeQuickTestItem = (typeof OZE_QUICK_TEST_ITEMS)[number];

/** Points of each answer key, item by item (0–4, as AUDIT-C items 1–3). */
const POINTS: Readonly<Record<OzeQuickTestItem, Readonly<Record<string, number>>>> = {
  frequency: { never: 0, 'once-a-month': 1, 'twice-a-month': 2, 'twice-a-week': 3, 'four-times-a-week': 4 },
  // "7 ou 8" is Oz Ensemble's label for 3 points (AUDIT-C says 7–9): the points are what was scored.
  glasses: { 'less-than-three': 0, three: 1, five: 2, seven: 3, ten: 4 },
  binge: {
    never: 0,
    'less-than-once-a-month': 1,
    'more-than-once-a-month': 2,
    'once-a-week': 3,
    everyday: 4,
  },
};

export const OZE_QUICK_TEST_LEVELS = ['good', 'risk', 'addicted', 'nocif'] as const;
export type OzeQuickTestLevel = (typeof OZE_QUICK_TEST_LEVELS)[number];

/** Oz Ensemble's cut-offs: women ≥ 5 "addicted", 4 "risk"; men ≥ 6 "addicted", 5 "risk" (utils.js). */
const ADDICTED_MIN_TOTAL = { female: 5, male: 6 } as const;
const RISK_MIN_TOTAL = { female: 4, male: 5 } as const;

export function isOzeQuickTestLevel(value: unknown): value is OzeQuickTestLevel {
  return typeof value === 'string' && (OZE_QUICK_TEST_LEVELS as readonly string[]).includes(value);
}

/** Oz Ensemble's gender answer ('woman' / 'man') as Oz's sex; anything else is unspecified. */
export function ozeSex(gender: unknown): Sex {
  if (gender === 'woman' || gender === 'female') return 'female';
  if (gender === 'man' || gender === 'male') return 'male';
  return 'unspecified';
}

export type OzeQuickTestScore =
  | { readonly kind: 'scored'; readonly points: readonly number[]; readonly total: number }
  /** Items not answered, or answered with a key Oz Ensemble never wrote. */
  | { readonly kind: 'incomplete'; readonly unreadable: readonly OzeQuickTestItem[] };

/** Points of the three items and their total, from the stored answer keys. */
export function scoreOzeQuickTest(answers: Readonly<Record<string, unknown>>): OzeQuickTestScore {
  const points: number[] = [];
  const unreadable: OzeQuickTestItem[] = [];
  for (const item of OZE_QUICK_TEST_ITEMS) {
    const answer = answers[item];
    const value = typeof answer === 'string' ? POINTS[item][answer] : undefined;
    if (value === undefined) unreadable.push(item);
    else points.push(value);
  }
  if (unreadable.length > 0) return { kind: 'incomplete', unreadable };
  return { kind: 'scored', points, total: points.reduce((sum, value) => sum + value, 0) };
}

/** The label Oz Ensemble gave a total; `undefined` without a known sex (it asked, and scored, by sex). */
export function ozeQuickTestLevel(total: number, sex: Sex): OzeQuickTestLevel | undefined {
  if (sex === 'unspecified') return undefined;
  if (total >= ADDICTED_MIN_TOTAL[sex]) return 'addicted';
  return total >= RISK_MIN_TOTAL[sex] ? 'risk' : 'good';
}
