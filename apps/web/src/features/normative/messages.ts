import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Message, MessageValues } from '../../i18n/types.js';

/*
 * Normative feedback: how common exceeding the repères is among French adults like the person, with its
 * source. Kind, never a ranking: the person's own weeks are described against the repères, not against
 * other people (docs/clinical-rules.md, "Normative feedback"). French first, formal « vous »; English complete.
 */
const fr = {
  title: 'Les repères, en France',
  figure: 'En France, {percent} % des {population} dépassent au moins un repère sur une semaine.',
  source: 'Source : {citation}, données {year}.',
  sourceLink: 'Lire l’étude',
  reperes:
    'Les repères : pas plus de 10 verres par semaine, pas plus de 2 verres par jour, et des jours sans alcool.',
  'standing.within': 'Vos semaines récentes restent dans les repères. Continuez à votre rythme.',
  'standing.sometimes-above':
    'Certaines de vos semaines récentes dépassent les repères. C’est fréquent, et chaque semaine est une nouvelle occasion.',
  'standing.above':
    'Vos semaines récentes dépassent le plus souvent les repères. C’est le cas de beaucoup de personnes, et réduire est possible : votre journal et un objectif peuvent vous y aider.',
  'standing.within-weekly-maximum':
    'D’après votre estimation, votre semaine type reste sous les 10 verres. Les autres repères comptent aussi : pas plus de 2 verres par jour, et des jours sans alcool.',
  outsideAges: 'L’enquête a interrogé les adultes jusqu’à 75 ans.',
  'zero.pregnancy':
    'Pendant la grossesse, le repère est simple : pas d’alcool du tout. Oz ne vous compare donc pas aux autres adultes.',
  'zero.under-18':
    'Avant 18 ans, le repère est de ne pas boire d’alcool. Oz ne vous compare donc pas aux adultes.',
  zeroHelp: 'Si c’est difficile, vous pouvez en parler sans jugement à un professionnel.',
  zeroLink: 'Parler à un professionnel',
} as const satisfies Record<string, Message>;

type NormativeMessageKey = keyof typeof fr;

const en: Readonly<Record<NormativeMessageKey, string>> = {
  title: 'The French guidelines, in numbers',
  figure: 'In France, {percent}% of {population} go over at least one guideline in a week.',
  source: 'Source: {citation}, {year} data.',
  sourceLink: 'Read the study',
  reperes: 'The guidelines: no more than 10 drinks a week, no more than 2 a day, and days without alcohol.',
  'standing.within': 'Your recent weeks stay within the guidelines. Keep going at your own pace.',
  'standing.sometimes-above':
    'Some of your recent weeks go over the guidelines. It is common, and every week is a new chance.',
  'standing.above':
    'Your recent weeks mostly go over the guidelines. Many people are in the same situation, and cutting down is possible: your diary and a goal can help.',
  'standing.within-weekly-maximum':
    'From your estimate, your typical week stays under 10 drinks. The other guidelines count too: no more than 2 drinks a day, and days without alcohol.',
  outsideAges: 'The survey asked adults up to 75.',
  'zero.pregnancy':
    'During pregnancy, the guideline is simple: no alcohol at all. So Oz does not compare you with other adults.',
  'zero.under-18': 'Under 18, the guideline is not to drink alcohol. So Oz does not compare you with adults.',
  zeroHelp: 'If it is hard, you can talk about it with a professional, without judgement.',
  zeroLink: 'Talk to a professional',
};

/** Both catalogues, for the French typography test and the key check. */
export const normativeMessages = { fr, en } as const;

export type NormativeText = (key: NormativeMessageKey, values?: MessageValues) => string;

export function useNormativeText(): NormativeText {
  const { locale } = useI18n();
  return (key, values) => render(locale, normativeMessages[locale][key], values);
}
