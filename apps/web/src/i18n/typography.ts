/*
 * French typography rules for every person-facing French text (issue 8, docs/conventions.md "French text"):
 * - a no-break space (U+00A0, or the narrow U+202F) before « : ; ? ! » and », and after «, so a line never
 *   starts with a lone punctuation mark;
 * - a no-break space between a number and its unit (« 10 g », « 5 % », « 48 h ») and inside digit groups
 *   (« 0 980 980 930 », « 1 000 »);
 * - one kind of apostrophe, the typographic ’ used by the whole catalogue;
 * - no middle-dot inclusive forms (« connecté·e »): screen readers spell them out and low-literacy readers
 *   stumble on them (design brief); rephrase instead (« une fois en ligne »).
 * `frenchTypographyProblems` lists what is wrong; `withFrenchTypography` proposes the corrected text (the
 * catalogue test prints it, so a failing message can be fixed by copying the suggestion).
 */

const NO_BREAK_SPACE = '\u00a0';
/** Units written after a number in Oz's French texts. */
const UNITS = String.raw`(?:g\/L|kcal|km|cl|ml|mg|min|g|h|L|%|€)`;
/** What may follow a unit: end, space, punctuation, closing bracket or quote. */
const AFTER_UNIT = String.raw`(?=$|[\s.,;:!?)»/])`;

export type TypographyRule =
  | 'space-before-punctuation'
  | 'space-inside-quotes'
  | 'space-in-number'
  | 'straight-apostrophe'
  | 'inclusive-middle-dot';

export interface TypographyProblem {
  readonly rule: TypographyRule;
  /** The offending characters with a little context. */
  readonly excerpt: string;
}

interface Check {
  readonly rule: TypographyRule;
  readonly pattern: RegExp;
}

const CHECKS: readonly Check[] = [
  // An ordinary space (or none, after a word) before a high punctuation mark or a closing guillemet.
  { rule: 'space-before-punctuation', pattern: /[ \t\n][:;?!»]|[\p{L}\d})][;?!»]|[\p{L}\d})]:(?!\/\/)/gu },
  { rule: 'space-inside-quotes', pattern: /«(?![\u00a0\u202f])/gu },
  {
    rule: 'space-in-number',
    pattern: new RegExp(String.raw`[\d}][ \t]?${UNITS}${AFTER_UNIT}|\d[ \t]\d`, 'gu'),
  },
  { rule: 'straight-apostrophe', pattern: /'/gu },
  {
    rule: 'inclusive-middle-dot',
    pattern: /\p{L}[·•⋅]\p{L}|\p{Ll}\.(?:e|es|le|les|ne|nes|rice|rices|euse)\b/gu,
  },
];

/** A digit glued to a word (« K7M2 », « B12 ») belongs to a code, not to a quantity with a unit. */
function isUnitFalsePositive(rule: TypographyRule, text: string, index: number, match: string): boolean {
  if (rule !== 'space-in-number' || !/^\d/u.test(match) || /\d[ \t]\d/u.test(match)) return false;
  const before = text[index - 1];
  return before !== undefined && /\p{L}/u.test(before);
}

export function frenchTypographyProblems(text: string): readonly TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  for (const { rule, pattern } of CHECKS) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index;
      if (isUnitFalsePositive(rule, text, index, match[0])) continue;
      problems.push({ rule, excerpt: text.slice(Math.max(0, index - 12), index + match[0].length + 12) });
    }
  }
  return problems;
}

/** The text with the mechanical rules applied (inclusive forms need a rewording and are left as they are). */
export function withFrenchTypography(text: string): string {
  return text
    .replace(/([\p{L}])'(?=\p{L})/gu, '$1’')
    .replace(/[ \t]+([:;?!»])/gu, `${NO_BREAK_SPACE}$1`)
    .replace(/([\p{L}\d}])([;?!»])/gu, `$1${NO_BREAK_SPACE}$2`)
    .replace(/«[ \t]*/gu, `«${NO_BREAK_SPACE}`)
    .replace(new RegExp(String.raw`([\d}])[ \t]?(${UNITS})${AFTER_UNIT}`, 'gu'), `$1${NO_BREAK_SPACE}$2`)
    .replace(/(\d)[ \t](?=\d)/gu, `$1${NO_BREAK_SPACE}`);
}
