import type { LocalizedText } from '../i18n.js';
import type { AgeBand } from '../pathway/types.js';

/*
 * Published shares of French adults whose drinking over the last 7 days exceeded at least one repère
 * (more than 10 standard drinks in the week, more than 2 on a day, or drinking every day — SPF 2017),
 * from the Baromètre de Santé publique France (random telephone survey of adults aged 18–75 living in
 * metropolitan France). Each figure carries its own year and population, shown on screen with it
 * (docs/clinical-rules.md, "Normative feedback"). Only figures the articles state are here; a sex × age cell the articles do
 * not state falls back to the figure for the whole sex (normativeFigure), never to a guess.
 */

export const NORMATIVE_SOURCES = ['spf-barometre-2020', 'spf-barometre-2021'] as const;
export type NormativeSourceId = (typeof NORMATIVE_SOURCES)[number];

export interface NormativeSource {
  readonly id: NormativeSourceId;
  readonly citation: string;
  readonly url: string;
  readonly year: number;
}

export const NORMATIVE_SOURCE_DETAILS: Readonly<Record<NormativeSourceId, NormativeSource>> = {
  // Source: Andler R. et al., « Dépassement des repères de consommation d’alcool à moindre risque en 2020 »,
  // BEH 2021 n°17 — http://beh.santepubliquefrance.fr/beh/2021/17/2021_17_1.html (see docs/clinical-rules.md)
  'spf-barometre-2020': {
    id: 'spf-barometre-2020',
    citation: 'Andler R. et al., Baromètre santé 2020, Santé publique France, BEH 2021 n°17',
    url: 'http://beh.santepubliquefrance.fr/beh/2021/17/2021_17_1.html',
    year: 2020,
  },
  // Source: Andler R. et al., « Consommation d’alcool : part d’adultes dépassant les repères … 2021 »,
  // BEH 2023 n°11 — http://beh.santepubliquefrance.fr/beh/2023/11/2023_11_2.html (see docs/clinical-rules.md)
  'spf-barometre-2021': {
    id: 'spf-barometre-2021',
    citation: 'Andler R. et al., Baromètre de Santé publique France 2021, BEH 2023 n°11',
    url: 'http://beh.santepubliquefrance.fr/beh/2023/11/2023_11_2.html',
    year: 2021,
  },
};

/** The sexes the survey reports separately; 'all' is every adult of 18–75. */
export type NormativeSex = 'male' | 'female' | 'all';
/** Oz's age bands the survey reports separately; 'all' is 18–75. */
export type NormativeAgeBand = Extract<AgeBand, '18-24' | '65-74'> | 'all';

export interface NormativeFigure {
  readonly sex: NormativeSex;
  readonly ageBand: NormativeAgeBand;
  /** Who the figure describes, as shown on screen. */
  readonly population: LocalizedText;
  /** Share of that population above the repères over the last 7 days, in percent. */
  readonly percentAboveReperes: number;
  readonly source: NormativeSourceId;
}

export const NORMATIVE_FIGURES: readonly NormativeFigure[] = [
  // Source: Baromètre de Santé publique France 2021, BEH 2023 n°11 — 22.0 % of adults 18–75 (see above).
  {
    sex: 'all',
    ageBand: 'all',
    population: {
      fr: 'adultes de 18 à 75 ans en France métropolitaine',
      en: 'adults aged 18 to 75 in metropolitan France',
    },
    percentAboveReperes: 22.0,
    source: 'spf-barometre-2021',
  },
  // Source: Baromètre santé 2020, BEH 2021 n°17 — men 33.2 % (the 2021 article gives no exact figure per sex).
  {
    sex: 'male',
    ageBand: 'all',
    population: {
      fr: 'hommes de 18 à 75 ans en France métropolitaine',
      en: 'men aged 18 to 75 in metropolitan France',
    },
    percentAboveReperes: 33.2,
    source: 'spf-barometre-2020',
  },
  // Source: Baromètre santé 2020, BEH 2021 n°17 — women 14.7 %.
  {
    sex: 'female',
    ageBand: 'all',
    population: {
      fr: 'femmes de 18 à 75 ans en France métropolitaine',
      en: 'women aged 18 to 75 in metropolitan France',
    },
    percentAboveReperes: 14.7,
    source: 'spf-barometre-2020',
  },
  // Source: Baromètre de Santé publique France 2021, BEH 2023 n°11 — men 18–24: 27 % (38 % in 2017).
  {
    sex: 'male',
    ageBand: '18-24',
    population: {
      fr: 'hommes de 18 à 24 ans en France métropolitaine',
      en: 'men aged 18 to 24 in metropolitan France',
    },
    percentAboveReperes: 27,
    source: 'spf-barometre-2021',
  },
  // Source: Baromètre de Santé publique France 2021, BEH 2023 n°11 — men 65–75: 31 % (39 % in 2020).
  {
    sex: 'male',
    ageBand: '65-74',
    population: {
      fr: 'hommes de 65 à 75 ans en France métropolitaine',
      en: 'men aged 65 to 75 in metropolitan France',
    },
    percentAboveReperes: 31,
    source: 'spf-barometre-2021',
  },
];
