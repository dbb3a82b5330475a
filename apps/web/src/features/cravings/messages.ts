import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Locale, Message, MessageValues } from '../../i18n/types.js';

/*
 * « Envie de boire ? » screens: something to do now first (breathe, a distraction, one's own reasons, a
 * plan), then the phone, and only then noting the craving (design brief). French first, formal « vous »,
 * plain words; English complete. Ships in the screens' lazy chunks.
 */
const fr = {
  intro:
    'Une envie de boire, c’est souvent comme une vague : elle monte, puis elle redescend. Voici de quoi la laisser passer.',
  'now.title': 'Tout de suite',

  'breathe.title': 'Respirer une minute',
  'breathe.how':
    'Inspirez doucement par le nez pendant 4 secondes, puis soufflez lentement par la bouche pendant 6 secondes. Six fois, environ une minute.',
  'breathe.start': 'Commencer à respirer',
  'breathe.in': 'Inspirez',
  'breathe.out': 'Soufflez',
  'breathe.count': 'Respiration {cycle} sur {total}',
  'breathe.seconds': { one: 'encore {count} seconde', other: 'encore {count} secondes' },
  'breathe.stop': 'J’ai fini',
  'breathe.done':
    'Bien. Prenez un instant pour voir comment vous vous sentez. L’envie a peut-être déjà baissé.',
  'breathe.again': 'Recommencer',

  'ideas.title': 'Vous changer les idées',
  'ideas.1': 'Boire un grand verre d’eau, un thé ou un sirop.',
  'ideas.2': 'Sortir marcher dix minutes, même autour de chez vous.',
  'ideas.3': 'Appeler ou écrire à quelqu’un que vous aimez bien.',
  'ideas.4': 'Manger quelque chose.',
  'ideas.5': 'Prendre une douche.',
  'ideas.6': 'Écouter une chanson que vous aimez, et chanter.',
  'ideas.7': 'Changer de pièce, ou quitter l’endroit où l’alcool est à portée de main.',
  'ideas.8': 'Vous occuper les mains : ranger un tiroir, cuisiner, jardiner.',
  'ideas.9': 'Vous donner un moment avant de décider : l’envie baisse souvent.',

  'reasons.title': 'Vos raisons',
  'reasons.empty':
    'Vous n’avez pas encore noté pourquoi vous voulez changer. Cela aide beaucoup dans ces moments.',
  'reasons.add': 'Noter mes raisons',
  'reasons.edit': 'Modifier mes raisons',

  'plans.title': 'Vos plans « si… alors… »',
  'plans.empty':
    'Un plan, c’est une phrase préparée à l’avance : « Si je suis en soirée, alors je bois un verre d’eau entre chaque verre. »',
  'plans.write': 'Écrire un plan',
  'plans.manage': 'Voir et modifier mes plans',
  'plan.if': 'Si',
  'plan.then': 'alors',
  'plan.sentence': '{if}, alors {then}.',

  'call.title': 'Parler à quelqu’un maintenant',
  'call.body':
    'Alcool Info Service écoute sans juger. Appel anonyme et non surtaxé, tous les jours de 8 h à 2 h.',
  'call.button': 'Appeler le 0 980 980 930',
  'call.withdrawal':
    'Si vous tremblez, transpirez beaucoup, avez des nausées ou vous sentez confus quand vous ne buvez pas, ce n’est pas qu’une envie : votre corps peut être en manque. N’arrêtez pas seul : appelez un médecin, ou le 15 si c’est grave.',

  'log.title': 'Noter cette envie',
  'log.intro': 'C’est facultatif. Noter vos envies aide à voir ce qui les déclenche et ce qui vous aide.',
  'log.open': 'Noter cette envie',
  'log.history': 'Voir mes envies',

  'form.intensity': 'Quelle était la force de l’envie ?',
  'form.intensityLow': 'pas d’envie',
  'form.intensityHigh': 'envie très forte',
  'form.situation': 'Où étiez-vous, avec qui ?',
  'form.situationNone': 'Je ne sais pas, autre',
  'form.feelings': 'Comment vous sentiez-vous ?',
  'form.helped': 'Qu’est-ce qui vous a aidé ?',
  'form.drank': 'Avez-vous bu ?',
  'form.drankNo': 'Non, je n’ai pas bu',
  'form.drankYes': 'Oui, j’ai bu',
  'form.note': 'Une note pour vous (facultatif)',
  'form.noteHint': 'Reste sur cet appareil.',
  'form.save': 'Enregistrer',
  'form.errorDrank': 'Dites si vous avez bu, oui ou non.',
  'form.errorIntensity': 'Choisissez la force de l’envie, de 0 à 10.',
  'form.errorWhen': 'Vérifiez le jour et l’heure.',
  'form.errorOther':
    'Cette envie ne peut pas être enregistrée. Vérifiez ce que vous avez saisi : rien n’est perdu.',
  'form.yourPlan': 'Votre plan pour ce moment',
  'form.noPlan': 'Vous n’avez pas encore de plan pour « {situation} ».',
  'form.writePlan': 'Écrire un plan pour ce moment',

  'saved.overcome': 'C’est noté. Vous avez laissé passer cette envie : bravo.',
  'saved.drank': 'C’est noté. Avoir bu n’est pas un échec : c’est une information pour la prochaine fois.',
  'saved.logDrink': 'Noter ce que vous avez bu dans le journal',
  'saved.harmReduction': 'Quelques repères pour limiter les risques',
  'saved.history': 'Voir mes envies',
  'saved.back': 'Revenir à « Envie de boire ? »',

  'history.chartTitle': 'Vos envies, semaine par semaine ({count} semaines)',
  'history.chartSummary': {
    zero: 'Aucune envie notée sur ces {weeks} semaines.',
    one: '{count} envie notée sur ces {weeks} semaines, dont {overcome} sans boire.',
    other: '{count} envies notées sur ces {weeks} semaines, dont {overcome} sans boire.',
  },
  'history.week': 'Semaine du {date}',
  'history.colWeek': 'Semaine',
  'history.colCount': 'Envies',
  'history.colOvercome': 'Sans boire',
  'history.colIntensity': 'Force moyenne (0 à 10)',
  'history.none': '–',
  'history.listTitle': 'Toutes vos envies',
  'history.empty': 'Aucune envie notée pour l’instant.',
  'history.item': '{date} à {time}, force {intensity} sur 10',
  'history.overcome': 'Sans boire',
  'history.drank': 'A bu',
  'history.delete': 'Supprimer cette envie',
  'history.deleted': 'Envie supprimée.',
  'history.add': 'Noter une envie',

  'plansPage.intro':
    'Préparez à l’avance ce que vous ferez dans les moments difficiles. Oz vous les rappelle quand vous notez une envie dans la même situation.',
  'plansPage.formTitle': 'Nouveau plan',
  'plansPage.editTitle': 'Modifier ce plan',
  'plansPage.situation': 'Pour quelle situation ?',
  'plansPage.if': 'Si… (facultatif, avec vos mots)',
  'plansPage.ifHint': 'Sinon : « {default} ».',
  'plansPage.then': '… alors je…',
  'plansPage.thenHint': 'Une action simple, que vous pouvez faire tout de suite.',
  'plansPage.save': 'Enregistrer le plan',
  'plansPage.saved': 'Plan enregistré.',
  'plansPage.deleted': 'Plan supprimé.',
  'plansPage.errorThen': 'Écrivez ce que vous ferez (la partie « alors »).',
  'plansPage.errorOther':
    'Ce plan ne peut pas être enregistré. Vérifiez la longueur des textes : rien n’est perdu.',
  'plansPage.listTitle': 'Mes plans',
  'plansPage.empty': 'Pas encore de plan.',
  'plansPage.edit': 'Modifier',
  'plansPage.delete': 'Supprimer',
  'plansPage.editLabel': 'Modifier le plan « {plan} »',
  'plansPage.deleteLabel': 'Supprimer le plan « {plan} »',
  'plansPage.cancel': 'Annuler la modification',
  'plansPage.motivation': 'Mes raisons et mes situations à risque',
} as const satisfies Record<string, Message>;

export type CravingMessageKey = keyof typeof fr;

const en: { readonly [K in CravingMessageKey]: (typeof fr)[K] extends string ? string : Message } = {
  intro: 'A craving is often like a wave: it rises, then it falls. Here is what can help you let it pass.',
  'now.title': 'Right now',

  'breathe.title': 'Breathe for a minute',
  'breathe.how':
    'Breathe in gently through your nose for 4 seconds, then breathe out slowly through your mouth for 6 seconds. Six times, about a minute.',
  'breathe.start': 'Start breathing',
  'breathe.in': 'Breathe in',
  'breathe.out': 'Breathe out',
  'breathe.count': 'Breath {cycle} of {total}',
  'breathe.seconds': { one: '{count} more second', other: '{count} more seconds' },
  'breathe.stop': 'I am done',
  'breathe.done': 'Good. Take a moment to notice how you feel. The craving may already be lower.',
  'breathe.again': 'Start again',

  'ideas.title': 'Take your mind off it',
  'ideas.1': 'Drink a big glass of water, a tea or a cordial.',
  'ideas.2': 'Go for a ten-minute walk, even just around your home.',
  'ideas.3': 'Call or text someone you like.',
  'ideas.4': 'Eat something.',
  'ideas.5': 'Take a shower.',
  'ideas.6': 'Listen to a song you love, and sing.',
  'ideas.7': 'Change room, or leave the place where alcohol is within reach.',
  'ideas.8': 'Keep your hands busy: tidy a drawer, cook, garden.',
  'ideas.9': 'Give yourself a moment before deciding: cravings often ease.',

  'reasons.title': 'Your reasons',
  'reasons.empty': 'You have not noted why you want to change yet. It helps a lot in these moments.',
  'reasons.add': 'Note my reasons',
  'reasons.edit': 'Edit my reasons',

  'plans.title': 'Your “if… then…” plans',
  'plans.empty':
    'A plan is a sentence prepared in advance: “If I am at a party, then I drink a glass of water between drinks.”',
  'plans.write': 'Write a plan',
  'plans.manage': 'See and edit my plans',
  'plan.if': 'If',
  'plan.then': 'then',
  'plan.sentence': '{if}, then {then}.',

  'call.title': 'Talk to someone now',
  'call.body':
    'Alcool Info Service listens without judging. Anonymous call at no extra cost, every day from 8 am to 2 am.',
  'call.button': 'Call 0 980 980 930',
  'call.withdrawal':
    'If you shake, sweat a lot, feel sick or confused when you do not drink, it is not just a craving: your body may be in withdrawal. Do not stop on your own: call a doctor, or 15 if it is serious.',

  'log.title': 'Note this craving',
  'log.intro': 'It is optional. Noting your cravings helps you see what triggers them and what helps.',
  'log.open': 'Note this craving',
  'log.history': 'See my cravings',

  'form.intensity': 'How strong was the craving?',
  'form.intensityLow': 'no craving',
  'form.intensityHigh': 'very strong craving',
  'form.situation': 'Where were you, with whom?',
  'form.situationNone': 'I do not know, other',
  'form.feelings': 'How did you feel?',
  'form.helped': 'What helped you?',
  'form.drank': 'Did you drink?',
  'form.drankNo': 'No, I did not drink',
  'form.drankYes': 'Yes, I drank',
  'form.note': 'A note for yourself (optional)',
  'form.noteHint': 'Stays on this device.',
  'form.save': 'Save',
  'form.errorDrank': 'Say whether you drank, yes or no.',
  'form.errorIntensity': 'Choose how strong the craving was, from 0 to 10.',
  'form.errorWhen': 'Check the day and time.',
  'form.errorOther': 'This craving cannot be saved. Check what you typed: nothing is lost.',
  'form.yourPlan': 'Your plan for this moment',
  'form.noPlan': 'You do not have a plan for “{situation}” yet.',
  'form.writePlan': 'Write a plan for this moment',

  'saved.overcome': 'Noted. You let this craving pass: well done.',
  'saved.drank': 'Noted. Having a drink is not a failure: it is information for next time.',
  'saved.logDrink': 'Note what you drank in the diary',
  'saved.harmReduction': 'A few tips to reduce the risks',
  'saved.history': 'See my cravings',
  'saved.back': 'Back to “Craving a drink?”',

  'history.chartTitle': 'Your cravings, week by week ({count} weeks)',
  'history.chartSummary': {
    zero: 'No craving noted over these {weeks} weeks.',
    one: '{count} craving noted over these {weeks} weeks, {overcome} without drinking.',
    other: '{count} cravings noted over these {weeks} weeks, {overcome} without drinking.',
  },
  'history.week': 'Week of {date}',
  'history.colWeek': 'Week',
  'history.colCount': 'Cravings',
  'history.colOvercome': 'Without drinking',
  'history.colIntensity': 'Average strength (0 to 10)',
  'history.none': '–',
  'history.listTitle': 'All your cravings',
  'history.empty': 'No craving noted yet.',
  'history.item': '{date} at {time}, strength {intensity} out of 10',
  'history.overcome': 'Without drinking',
  'history.drank': 'Drank',
  'history.delete': 'Delete this craving',
  'history.deleted': 'Craving deleted.',
  'history.add': 'Note a craving',

  'plansPage.intro':
    'Prepare in advance what you will do in difficult moments. Oz reminds you of them when you note a craving in the same situation.',
  'plansPage.formTitle': 'New plan',
  'plansPage.editTitle': 'Edit this plan',
  'plansPage.situation': 'For which situation?',
  'plansPage.if': 'If… (optional, in your own words)',
  'plansPage.ifHint': 'Otherwise: “{default}”.',
  'plansPage.then': '… then I…',
  'plansPage.thenHint': 'A simple action you can take straight away.',
  'plansPage.save': 'Save the plan',
  'plansPage.saved': 'Plan saved.',
  'plansPage.deleted': 'Plan deleted.',
  'plansPage.errorThen': 'Write what you will do (the “then” part).',
  'plansPage.errorOther': 'This plan cannot be saved. Check the length of the texts: nothing is lost.',
  'plansPage.listTitle': 'My plans',
  'plansPage.empty': 'No plan yet.',
  'plansPage.edit': 'Edit',
  'plansPage.delete': 'Delete',
  'plansPage.editLabel': 'Edit the plan “{plan}”',
  'plansPage.deleteLabel': 'Delete the plan “{plan}”',
  'plansPage.cancel': 'Cancel editing',
  'plansPage.motivation': 'My reasons and risk situations',
};

/** Both catalogues, for the French typography test and the key check. */
export const cravingMessages = { fr, en } as const;

export type CravingText = (key: CravingMessageKey, values?: MessageValues) => string;

export function cravingText(locale: Locale): CravingText {
  return (key, values) => render(locale, cravingMessages[locale][key], values);
}

export function useCravingText(): CravingText {
  return cravingText(useI18n().locale);
}
