import type { CopingStrategy, Motivation, RiskSituation, RulerKind } from '@oz/core';
import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Locale, Message, MessageValues } from '../../i18n/types.js';

/*
 * Words of the motivation tools and the shared vocabulary of the support screens (situations, reasons,
 * strategies, rulers), French first and English complete. Kept beside the feature so it ships in the lazy
 * chunks of the screens that use it (the motivation page, the craving screens, the programmes).
 */
const fr = {
  'situation.home': 'À la maison',
  'situation.friends': 'Avec des amis',
  'situation.family': 'En famille',
  'situation.work': 'Au travail ou après le travail',
  'situation.party': 'En soirée, à une fête',
  'situation.meal': 'Pendant un repas',
  'situation.alone': 'Seul, seule',
  'situation.celebration': 'Pour fêter quelque chose',
  'situation.stress': 'Stressé, tendu',
  'situation.bored': 'Quand je m’ennuie',
  'situation.low-mood': 'Triste, le moral bas',
  'situation.anger': 'En colère, énervé',
  'situation.tiredness': 'Fatigué',
  'situation.anxiety': 'Inquiet, angoissé',
  'situation.loneliness': 'Quand je me sens seul',
  'situation.joy': 'Content, de bonne humeur',

  'if.home': 'Si je suis à la maison et que l’envie vient',
  'if.friends': 'Si je suis avec des amis qui boivent',
  'if.family': 'Si je suis en famille et qu’on me sert un verre',
  'if.work': 'Si on me propose un verre au travail ou après',
  'if.party': 'Si je suis en soirée',
  'if.meal': 'Si on sert de l’alcool pendant le repas',
  'if.alone': 'Si je suis seul et que l’envie monte',
  'if.celebration': 'S’il y a quelque chose à fêter',
  'if.stress': 'Si je me sens stressé',
  'if.bored': 'Si je m’ennuie',
  'if.low-mood': 'Si j’ai le moral bas',
  'if.anger': 'Si je suis en colère',
  'if.tiredness': 'Si je suis fatigué',
  'if.anxiety': 'Si je me sens angoissé',
  'if.loneliness': 'Si je me sens seul',
  'if.joy': 'Si je suis content et que j’ai envie de fêter ça',

  'reason.health': 'Ma santé',
  'reason.sleep': 'Mieux dormir',
  'reason.energy': 'Avoir plus d’énergie',
  'reason.money': 'Faire des économies',
  'reason.weight': 'Mon poids',
  'reason.concentration': 'Mieux me concentrer',
  'reason.mood': 'Être moins irritable, avoir meilleur moral',
  'reason.family': 'Ma famille, mes enfants',
  'reason.relationships': 'Mon couple, mes amis',
  'reason.work': 'Mon travail, mes études',
  'reason.control': 'Reprendre le contrôle',
  'reason.no-hangover': 'Ne plus avoir la gueule de bois',
  'reason.sport': 'Le sport, ma forme',
  'reason.driving': 'Conduire en sécurité',

  'strategy.breathing': 'Respirer',
  'strategy.distraction': 'Me changer les idées',
  'strategy.motivations': 'Relire mes raisons',
  'strategy.plan': 'Suivre mon plan',
  'strategy.waited': 'Attendre que ça passe',
  'strategy.left-the-place': 'Changer de pièce, sortir',
  'strategy.other-drink': 'Boire autre chose',
  'strategy.ate': 'Manger quelque chose',
  'strategy.moved': 'Bouger, marcher',
  'strategy.talked': 'En parler à quelqu’un',
  'strategy.called-helpline': 'Appeler Alcool Info Service',

  'ruler.importance.question': 'À quel point est-ce important pour vous de changer votre consommation ?',
  'ruler.readiness.question': 'Est-ce le bon moment pour vous ?',
  'ruler.confidence.question': 'À quel point vous sentez-vous capable d’y arriver ?',
  'ruler.importance.low': 'Pas important',
  'ruler.importance.high': 'Très important',
  'ruler.readiness.low': 'Pas du tout le moment',
  'ruler.readiness.high': 'Tout à fait le moment',
  'ruler.confidence.low': 'Pas capable',
  'ruler.confidence.high': 'Tout à fait capable',
  'ruler.value': '{value} sur 10',
  'ruler.notAnswered': 'Pas encore de réponse',
  'ruler.last': 'Dernière réponse : {value} sur 10, le {date}',

  'page.intro':
    'Ce que vous notez ici vous aide dans les moments difficiles : l’écran « Envie de boire ? » vous le rappelle. Tout reste sur votre appareil.',
  'reasons.title': 'Mes raisons de changer',
  'reasons.hint': 'Cochez ce qui compte pour vous. Il n’y a pas de bonne réponse.',
  'ownWords.label': 'Avec mes mots',
  'ownWords.hint': 'Par exemple : « Je veux être en forme le samedi matin pour mes enfants. »',
  'situations.title': 'Mes situations à risque',
  'situations.hint': 'Les moments où l’envie de boire vient le plus souvent.',
  'situations.external': 'Où, avec qui',
  'situations.internal': 'Comment je me sens',
  'balance.title': 'Le pour et le contre',
  'balance.hint': 'Une ligne par idée. Les deux colonnes comptent : ce qui est difficile est normal.',
  'balance.gains': 'Ce que j’y gagnerais',
  'balance.costs': 'Ce qui serait difficile, ce qui me manquerait',
  'balance.add': 'Ajouter une ligne',
  'balance.remove': 'Retirer « {text} »',
  'balance.itemLabel': '{column}, ligne {index}',
  'rulers.title': 'Où en êtes-vous aujourd’hui ?',
  'rulers.hint':
    'Trois questions de 0 à 10, comme celles que pose un médecin. Vous pourrez y répondre à nouveau plus tard.',
  save: 'Enregistrer',
  saved: 'C’est enregistré.',
  error: 'Cette réponse ne peut pas être enregistrée : {detail}. Vos réponses sont toujours là.',
  'error.too-long': 'un texte est trop long',
  'error.too-many': 'il y a trop de lignes',
  'error.other': 'vérifiez ce que vous avez saisi',
  linkPlans: 'Écrire mes plans « si… alors… »',
  linkArticle: 'Lire : gérer les envies de boire',
} as const satisfies Record<string, Message>;

export type MotivationMessageKey = keyof typeof fr;

const en: Readonly<Record<MotivationMessageKey, Message>> = {
  'situation.home': 'At home',
  'situation.friends': 'With friends',
  'situation.family': 'With family',
  'situation.work': 'At work or after work',
  'situation.party': 'At a party, a night out',
  'situation.meal': 'During a meal',
  'situation.alone': 'On my own',
  'situation.celebration': 'To celebrate something',
  'situation.stress': 'Stressed, tense',
  'situation.bored': 'When I am bored',
  'situation.low-mood': 'Sad, feeling low',
  'situation.anger': 'Angry, annoyed',
  'situation.tiredness': 'Tired',
  'situation.anxiety': 'Worried, anxious',
  'situation.loneliness': 'When I feel lonely',
  'situation.joy': 'Happy, in a good mood',

  'if.home': 'If I am at home and the urge comes',
  'if.friends': 'If I am with friends who are drinking',
  'if.family': 'If I am with family and someone pours me a glass',
  'if.work': 'If I am offered a drink at work or after',
  'if.party': 'If I am at a party',
  'if.meal': 'If alcohol is served with the meal',
  'if.alone': 'If I am on my own and the urge grows',
  'if.celebration': 'If there is something to celebrate',
  'if.stress': 'If I feel stressed',
  'if.bored': 'If I am bored',
  'if.low-mood': 'If I feel low',
  'if.anger': 'If I am angry',
  'if.tiredness': 'If I am tired',
  'if.anxiety': 'If I feel anxious',
  'if.loneliness': 'If I feel lonely',
  'if.joy': 'If I am happy and want to celebrate',

  'reason.health': 'My health',
  'reason.sleep': 'Sleeping better',
  'reason.energy': 'Having more energy',
  'reason.money': 'Saving money',
  'reason.weight': 'My weight',
  'reason.concentration': 'Concentrating better',
  'reason.mood': 'Being less irritable, in a better mood',
  'reason.family': 'My family, my children',
  'reason.relationships': 'My partner, my friends',
  'reason.work': 'My work, my studies',
  'reason.control': 'Taking back control',
  'reason.no-hangover': 'No more hangovers',
  'reason.sport': 'Sport, being fit',
  'reason.driving': 'Driving safely',

  'strategy.breathing': 'Breathing',
  'strategy.distraction': 'Taking my mind off it',
  'strategy.motivations': 'Reading my reasons again',
  'strategy.plan': 'Following my plan',
  'strategy.waited': 'Waiting for it to pass',
  'strategy.left-the-place': 'Changing room, going out',
  'strategy.other-drink': 'Drinking something else',
  'strategy.ate': 'Eating something',
  'strategy.moved': 'Moving, walking',
  'strategy.talked': 'Talking to someone',
  'strategy.called-helpline': 'Calling Alcool Info Service',

  'ruler.importance.question': 'How important is it for you to change your drinking?',
  'ruler.readiness.question': 'Is this the right moment for you?',
  'ruler.confidence.question': 'How confident are you that you can do it?',
  'ruler.importance.low': 'Not important',
  'ruler.importance.high': 'Very important',
  'ruler.readiness.low': 'Not the moment at all',
  'ruler.readiness.high': 'Exactly the moment',
  'ruler.confidence.low': 'Not confident',
  'ruler.confidence.high': 'Completely confident',
  'ruler.value': '{value} out of 10',
  'ruler.notAnswered': 'No answer yet',
  'ruler.last': 'Last answer: {value} out of 10, on {date}',

  'page.intro':
    'What you note here helps in difficult moments: the “Craving a drink?” screen reminds you of it. Everything stays on your device.',
  'reasons.title': 'My reasons to change',
  'reasons.hint': 'Tick what matters to you. There is no right answer.',
  'ownWords.label': 'In my own words',
  'ownWords.hint': 'For example: “I want to be fit on Saturday mornings for my children.”',
  'situations.title': 'My risk situations',
  'situations.hint': 'The moments when the urge to drink comes most often.',
  'situations.external': 'Where, with whom',
  'situations.internal': 'How I feel',
  'balance.title': 'Pros and cons',
  'balance.hint': 'One line per idea. Both columns count: finding some things hard is normal.',
  'balance.gains': 'What I would gain',
  'balance.costs': 'What would be hard, what I would miss',
  'balance.add': 'Add a line',
  'balance.remove': 'Remove “{text}”',
  'balance.itemLabel': '{column}, line {index}',
  'rulers.title': 'Where do you stand today?',
  'rulers.hint':
    'Three questions from 0 to 10, like the ones a doctor asks. You can answer them again later.',
  save: 'Save',
  saved: 'Saved.',
  error: 'This answer cannot be saved: {detail}. Your answers are still here.',
  'error.too-long': 'a text is too long',
  'error.too-many': 'there are too many lines',
  'error.other': 'check what you typed',
  linkPlans: 'Write my “if… then…” plans',
  linkArticle: 'Read: handling cravings',
};

/** Both catalogues, for the French typography test and the key check. */
export const motivationMessages = { fr, en } as const;

export type MotivationText = (key: MotivationMessageKey, values?: MessageValues) => string;

export function motivationText(locale: Locale): MotivationText {
  return (key, values) => render(locale, motivationMessages[locale][key], values);
}

export function useMotivationText(): MotivationText {
  return motivationText(useI18n().locale);
}

export const situationKey = (situation: RiskSituation): MotivationMessageKey => `situation.${situation}`;
export const ifKey = (situation: RiskSituation): MotivationMessageKey => `if.${situation}`;
export const reasonKey = (reason: Motivation): MotivationMessageKey => `reason.${reason}`;
export const strategyKey = (strategy: CopingStrategy): MotivationMessageKey => `strategy.${strategy}`;
export const rulerKey = (kind: RulerKind, part: 'question' | 'low' | 'high'): MotivationMessageKey =>
  `ruler.${kind}.${part}`;
