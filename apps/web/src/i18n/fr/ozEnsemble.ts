import type { Message } from '../types.js';

/*
 * French: what an Oz Ensemble import brings besides the diary (its day contexts, profile, typical week, quick
 * test) and the lines it could not read. Context labels are Oz Ensemble's own words (SocialGouv/ozensemble
 * `AddEmotion/contextsCatalog.js`), for the tags Oz has no equivalent of.
 */
export const ozEnsembleFr = {
  'oze.tagsLegend': 'Repris d’Oz Ensemble',
  'oze.tag.withcloseones': 'Avec des proches',
  'oze.tag.withcolleagues': 'Avec des collègues',
  'oze.tag.withdrinkingbuddy': 'Avec des personnes avec qui je bois',
  'oze.tag.bar': 'Au bar',
  'oze.tag.out': 'En extérieur',
  'oze.tag.casualevent': 'Évènement occasionnel',
  'oze.tag.communevent': 'Évènement habituel',
  'oze.tag.inthemorning': 'Dès le matin',
  'oze.tag.afterwork': 'Après le travail',
  'oze.tag.aperitif': 'Apéritif',
  'oze.tag.torelax': 'Me détendre',
  'oze.tag.toforget': 'Oublier mes soucis',
  'oze.tag.toreassure': 'Me rassurer',
  'oze.tag.antidepressant': 'Antidépresseur',
  'oze.tag.anxiolytic': 'Anxiolytique',
  'oze.tag.tofeelbetter': 'Aller moins mal',
  'oze.tag.toreducepain': 'Avoir moins mal',
  'oze.tag.forfun': 'M’amuser',
  'oze.tag.reward': 'Me récompenser',
  'oze.tag.confidence': 'M’affirmer',
  'oze.tag.disinhibit': 'Me désinhiber',
  'oze.tag.losecontrol': 'Perdre le contrôle',
  'oze.tag.sociabilise': 'Sociabiliser',
  'oze.tag.passtime': 'Passer le temps',
  'oze.tag.sleep': 'Dormir',
  'oze.tag.taste': 'Le plaisir du goût',
  'oze.factTypicalWeek':
    'Votre semaine type d’avant : {drinks} verres standard. Elle sert de point de départ à vos gains si vous n’en avez pas déjà indiqué une.',
  'oze.factTypicalWeekPartial':
    'Votre semaine type d’avant : {drinks} verres standard, sans {missing} (boisson inconnue d’Oz).',
  'oze.factAgeBand': 'Votre tranche d’âge : {band}.',
  'oze.factAgeUnmapped':
    'Votre tranche d’âge dans Oz Ensemble (« {bracket} ») est trop large pour Oz : indiquez-la dans vos réglages si vous le souhaitez.',
  'oze.factQuickTest':
    'Test rapide d’Oz Ensemble : {total} points sur 12, résultat « {level} » avec les seuils d’Oz Ensemble. Refaites le test d’Oz pour un résultat à jour.',
  'oze.factQuickTestLabelOnly':
    'Test rapide d’Oz Ensemble : résultat « {level} » (réponses non lisibles). Refaites le test d’Oz pour un résultat à jour.',
  'oze.importedOn': 'importé d’Oz Ensemble le {date} (date du test inconnue)',
  'oze.level.good': 'risque faible',
  'oze.level.risk': 'consommation à risque',
  'oze.level.addicted': 'dépendance possible',
  'oze.level.nocif': 'consommation nocive',
  'oze.problemsTitle': {
    one: '{count} ligne n’a pas pu être lue',
    other: '{count} lignes n’ont pas pu être lues',
  },
  'oze.problemsHint':
    'Elles ne sont pas importées. Quand le fichier dit combien de verres standard elles comptaient, vous pouvez les garder comme boisson personnalisée.',
  'oze.problemLines': { one: '{count} ligne', other: '{count} lignes' },
  'oze.problemAndMore': { one: 'et {count} autre jour', other: 'et {count} autres jours' },
  'oze.reason.unknown-drink': 'boisson absente du fichier et du catalogue d’Oz : impossible de la compter',
  'oze.reason.unreadable-volume': 'volume illisible (« {detail} »)',
  'oze.reason.inconsistent-volume': 'le volume (« {detail} ») ne peut pas contenir autant d’alcool',
  'oze.reason.bad-quantity': 'nombre de verres illisible',
  'oze.reason.bad-timestamp': 'date illisible',
  'oze.reason.bad-doses': 'nombre de verres standard illisible',
  'oze.reason.bad-date': 'date illisible',
  'oze.reason.bad-day': 'journée illisible (« {detail} »)',
  'oze.reason.bad-line': 'ligne illisible',
  'oze.reason.note-shortened': 'note trop longue, raccourcie à 5 000 caractères',
  'oze.keep': {
    one: 'Garder comme boisson personnalisée ({drinks} verre standard par consommation)',
    other: 'Garder comme boisson personnalisée ({drinks} verres standard par consommation)',
  },
} as const satisfies Record<string, Message>;
