import type { AgeBand } from '../pathway/types.js';
import {
  MAX_STANDARD_DRINKS_PER_DAY,
  MAX_STANDARD_DRINKS_PER_WEEK,
  MIN_DRINK_FREE_DAYS_PER_WEEK,
} from './guidelines.js';

/*
 * Whose repère is zero, and who needs extra caution (docs/clinical-rules.md §3).
 * - Pregnancy, breast-feeding, trying for a baby: the repère « zéro alcool pendant la grossesse » (Santé
 *   publique France, BEH 2023 n°17: "il est recommandé de ne pas boire d'alcool pendant toute la durée de la
 *   grossesse et d'éviter de consommer pendant l'allaitement"; SPF/INCa 2017, docs/reference/clinical-sources.md B.5). Trying for a
 *   baby: "dès les premières semaines de la grossesse, le placenta laisse passer l'alcool" and no single glass
 *   can be said to be safe (SPF, 1000-premiers-jours.fr « L'arrêt de l'alcool pendant la grossesse »).
 * - Under 18: zero alcohol for young people (same opinion), and the sale of alcohol to minors is forbidden
 *   (Code de la santé publique, art. L3342-1).
 * - 65 and older: at most 7 drinks a week, 2 per occasion, at least 2 drink-free days a week (daily drinkers: at
 *   most 1 a day) — pour-les-personnes-agees.gouv.fr « Consommation d'alcool : avec l'âge, des risques accrus
 *   pour la santé », built on SFGG, SFA, SPF and NIAAA advice, relayed by Alcool Info Service « Alcool : 5
 *   précautions à prendre après 65 ans ». Falls are the first cause of alcohol-related hospital stays at that
 *   age, and alcohol interacts with many medicines (same sources): `olderAdult` adds that caution.
 */

/** The limits a week and its days are judged against. */
export interface RepereLimits {
  readonly maxPerWeek: number;
  readonly maxPerDay: number;
  readonly minDrinkFreeDaysPerWeek: number;
}

/** SPF 2017: ≤ 10 a week, ≤ 2 a day, at least one drink-free day (Oz's reading of "pas tous les jours"). */
export const STANDARD_REPERES: RepereLimits = Object.freeze({
  maxPerWeek: MAX_STANDARD_DRINKS_PER_WEEK,
  maxPerDay: MAX_STANDARD_DRINKS_PER_DAY,
  minDrinkFreeDaysPerWeek: MIN_DRINK_FREE_DAYS_PER_WEEK,
});

/** Zero alcohol: no drink any day, so one glass is never « dans les repères ». */
export const ZERO_REPERES: RepereLimits = Object.freeze({
  maxPerWeek: 0,
  maxPerDay: 0,
  minDrinkFreeDaysPerWeek: 7,
});

/** From 65: ≤ 7 a week, ≤ 2 a day (per occasion), at least 2 drink-free days (see the sources above). */
export const OLDER_ADULT_REPERES: RepereLimits = Object.freeze({
  maxPerWeek: 7,
  maxPerDay: 2,
  minDrinkFreeDaysPerWeek: 2,
});

/** Age bands the older-adult repères and caution (falls, medicines) apply to: 65 and older. */
export const OLDER_ADULT_AGE_BANDS: readonly AgeBand[] = ['65-74', '75-plus'];

export type ZeroRepereReason = 'pregnancy' | 'minor';

export interface PersonReperes {
  readonly limits: RepereLimits;
  /** Why the repère is zero, or null when the general repères apply. Pregnancy wins over age. */
  readonly zeroReason: ZeroRepereReason | null;
  /** 65 or older: the older-adult repères, plus the caution about falls and medicines. */
  readonly olderAdult: boolean;
}

/** What the profile says about the person, as stored by the app (every part optional). */
export interface RepereProfile {
  readonly ageBand?: AgeBand | null;
  /** Pregnant, breast-feeding or trying for a baby. */
  readonly pregnant?: boolean;
}

/** The repères that apply to this person (see the sources above). */
export function reperesFor(profile: RepereProfile): PersonReperes {
  const zeroReason: ZeroRepereReason | null =
    profile.pregnant === true ? 'pregnancy' : profile.ageBand === 'under-18' ? 'minor' : null;
  const { ageBand } = profile;
  const olderAdult = ageBand !== undefined && ageBand !== null && OLDER_ADULT_AGE_BANDS.includes(ageBand);
  const limits = zeroReason !== null ? ZERO_REPERES : olderAdult ? OLDER_ADULT_REPERES : STANDARD_REPERES;
  return { limits, zeroReason, olderAdult };
}
