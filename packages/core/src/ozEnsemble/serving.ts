import {
  ETHANOL_DENSITY_G_PER_ML,
  GRAMS_PER_STANDARD_DRINK,
  MAX_ABV_PERCENT,
  MAX_VOLUME_ML,
} from '../drinks/alcohol.js';

/*
 * Oz Ensemble's own drinks and cocktails (`@OwnDrinks`) give their standard drinks (`doses`, 0.1 precision) and a
 * volume *text*: "33 cl" for own drinks, and for own cocktails either "5 cl" (recent versions: the cocktail's
 * `volumeNumber` + " cl") or the catalogue's description of the alcoholic base, "5cl gin 40%", "6 cl vodka et
 * liqueur 40%", "28cl liqueur et bière 18%" (SocialGouv/ozensemble `CocktailPersonalisation.js`, `cocktails.js`;
 * docs/reference/oz-ensemble-formats.md). The doses are what the person saw counted: they win. The volume is the
 * leading amount of the text; the ABV is derived so that volume × ABV gives exactly those doses (the "40 %" of a
 * cocktail text is its spirit's, not the whole base's: 28 cl at 18 % would be 4 doses, Oz Ensemble counted 1.6).
 */

export type OzeServing =
  | { readonly kind: 'ok'; readonly volumeMl: number; readonly abvPercent: number }
  /** No amount in the volume text and no ABV to derive one from. */
  | { readonly kind: 'unreadable-volume' }
  /** The doses need more than pure alcohol in that volume (a typing error in Oz Ensemble). */
  | { readonly kind: 'inconsistent' };

/** A leading amount with its unit ("5cl gin 40%", "33 cl"), or a bare number (centilitres). */
const AMOUNT_WITH_UNIT = /^\s*(\d+(?:[.,]\d+)?)\s*(cl|ml|l)\b/i;
const BARE_AMOUNT = /^\s*(\d+(?:[.,]\d+)?)\s*$/;

/** The leading amount of an Oz Ensemble volume, in ml ("25 cl" → 250, "5cl gin 40%" → 50, 33 → 330). */
export function ozeVolumeMl(volume: string | number | null | undefined): number | undefined {
  if (typeof volume === 'number') return Number.isFinite(volume) && volume > 0 ? volume * 10 : undefined;
  if (typeof volume !== 'string') return undefined;
  const match = AMOUNT_WITH_UNIT.exec(volume) ?? BARE_AMOUNT.exec(volume);
  if (match === null) return undefined;
  const amount = Number((match[1] ?? '').replace(',', '.'));
  const unit = (match[2] ?? 'cl').toLowerCase();
  const ml = unit === 'ml' ? amount : unit === 'l' ? amount * 1000 : amount * 10;
  return ml > 0 && ml <= MAX_VOLUME_ML ? ml : undefined;
}

/** ABV (%) at which `volumeMl` holds exactly `doses` French standard drinks (10 g each, ethanol 0.8 g/ml). */
export function abvForDoses(volumeMl: number, doses: number): number {
  return (doses * GRAMS_PER_STANDARD_DRINK * 100) / (volumeMl * ETHANOL_DENSITY_G_PER_ML);
}

/** Volume (ml) at which `abvPercent` holds exactly `doses` standard drinks. */
function volumeForDoses(abvPercent: number, doses: number): number {
  return (doses * GRAMS_PER_STANDARD_DRINK * 100) / (abvPercent * ETHANOL_DENSITY_G_PER_ML);
}

/** A serving that counts exactly `doses`: from the volume text, else from the declared ABV. */
export function ozeServing(
  volume: string | number | null | undefined,
  doses: number,
  declaredAbvPercent?: number | null,
): OzeServing {
  const volumeMl = ozeVolumeMl(volume);
  if (volumeMl !== undefined) {
    const abv = abvForDoses(volumeMl, doses);
    return abv <= MAX_ABV_PERCENT ? { kind: 'ok', volumeMl, abvPercent: abv } : { kind: 'inconsistent' };
  }
  if (declaredAbvPercent !== null && declaredAbvPercent !== undefined && declaredAbvPercent > 0) {
    const derived = volumeForDoses(declaredAbvPercent, doses);
    if (derived >= 1 && derived <= MAX_VOLUME_ML) {
      return { kind: 'ok', volumeMl: derived, abvPercent: declaredAbvPercent };
    }
  }
  return { kind: 'unreadable-volume' };
}

/**
 * The ABV of the serving Oz keeps for a line whose volume cannot be read, when the person chooses to keep it:
 * 10 cl per standard drink at 12.5 % is exactly 10 g each (100 ml × 12.5 % × 0.8), so the doses stay exact
 * and the volume reads as "one glass of wine per standard drink".
 */
const KEPT_SERVING_ML_PER_DOSE = 100;

/** The serving Oz uses to keep `doses` standard drinks whose volume is unknown. */
export function keptServing(doses: number): { readonly volumeMl: number; readonly abvPercent: number } {
  if (doses <= 0) return { volumeMl: KEPT_SERVING_ML_PER_DOSE, abvPercent: 0 };
  const volumeMl = Math.min(doses * KEPT_SERVING_ML_PER_DOSE, MAX_VOLUME_ML);
  return { volumeMl, abvPercent: Math.min(MAX_ABV_PERCENT, abvForDoses(volumeMl, doses)) };
}
