/*
 * French low-risk drinking repères, Santé publique France / INCa expert opinion of 4 May 2017:
 * "no more than 10 standard drinks a week, no more than 2 a day, and days without alcohol each week"
 * (https://sfalcoologie.fr/reperes-de-consommation-2017-pas-plus-de-10-verres-par-semaine-2-verres-par-jour-et-pas-tous-les-jours;
 * docs/reference/clinical-sources.md B.5). Zero alcohol is advised during pregnancy, for young people and when driving.
 */

/** At most 10 standard drinks a week (SPF 2017). */
export const MAX_STANDARD_DRINKS_PER_WEEK = 10;
/** At most 2 standard drinks a day (SPF 2017). */
export const MAX_STANDARD_DRINKS_PER_DAY = 2;
/**
 * Days without alcohol each week (SPF 2017: "pas tous les jours", not every day). The repère gives no
 * number; Oz reads it as at least one drink-free day (docs/clinical-rules.md).
 */
export const MIN_DRINK_FREE_DAYS_PER_WEEK = 1;
/**
 * A "heavy drinking day": 6 or more standard drinks, the threshold of AUDIT item 3 ("six or more
 * drinks on one occasion", WHO AUDIT manual 2001; docs/reference/clinical-sources.md B.2).
 */
export const HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS = 6;

export const GUIDELINES = Object.freeze({
  maxStandardDrinksPerWeek: MAX_STANDARD_DRINKS_PER_WEEK,
  maxStandardDrinksPerDay: MAX_STANDARD_DRINKS_PER_DAY,
  minDrinkFreeDaysPerWeek: MIN_DRINK_FREE_DAYS_PER_WEEK,
  source: 'Santé publique France / INCa, avis d’experts du 4 mai 2017',
});

/**
 * Standard drinks are summed in floating point (0.1 + 0.2 ≠ 0.3). Comparisons with a limit allow this
 * much slack so that 1.32 + 0.68 counts as 2, not as "above 2".
 */
export const STANDARD_DRINKS_TOLERANCE = 1e-9;

/** `amount` is strictly above `limit`, ignoring floating-point noise. */
export function isAbove(amount: number, limit: number): boolean {
  return amount > limit + STANDARD_DRINKS_TOLERANCE;
}

/** `amount` is at least `threshold`, ignoring floating-point noise. */
export function isAtLeast(amount: number, threshold: number): boolean {
  return amount >= threshold - STANDARD_DRINKS_TOLERANCE;
}

/** `amount` counts as zero alcohol. */
export function isAlcoholFree(amount: number): boolean {
  return amount <= STANDARD_DRINKS_TOLERANCE;
}
