import type { Message } from '../types.js';

/*
 * French: what the shell needs of the support tools (issue 10) — the header button, route titles, links
 * from the diary and « Plus », quick logging and import labels. The screens' own texts live beside them
 * (features/cravings/messages.ts…) and ship in their lazy chunks.
 */
export const supportFr = {
  'shell.cravingButton': 'Envie de boire ?',

  'route.craving': 'Envie de boire ?',
  'route.logCraving': 'Noter une envie',
  'route.cravingHistory': 'Mes envies',
  'route.plans': 'Mes plans « si… alors… »',
  'route.motivation': 'Mes motivations',
  'route.articles': 'Articles',
  'route.article': 'Article',
  'route.harmReduction': 'Limiter les risques lors d’une soirée',

  'more.cravingHint': 'Respirer, se changer les idées, noter une envie, vos plans.',
  'more.motivationHint': 'Vos raisons, vos situations à risque, le pour et le contre.',
  'more.articlesHint': 'Des textes courts sur l’alcool, avec leurs sources.',
  'more.harmReductionHint': 'Quelques repères pour une soirée, sans jugement.',

  'diary.cravingLink': 'Envie de boire ?',
  'diary.resumeTestTitle': 'Le test rapide vous attend',
  'diary.resumeTestBody':
    'Trois questions, une minute, pour faire le point. Vous pouvez le faire quand vous voulez.',
  'diary.resumeTest': 'Faire le test rapide',

  'add.quickTitle': 'Vos boissons habituelles',
  'add.searchLabel': 'Chercher une boisson',
  'add.searchHint': 'Par exemple : bière, vin, pastis.',
  'add.searchResults': {
    zero: 'Aucune boisson ne correspond. Vous pouvez créer la vôtre.',
    one: '{count} boisson trouvée',
    other: '{count} boissons trouvées',
  },
  'add.catalogueTitle': 'Toutes les boissons',
  'add.categoryCount': { one: '{count} boisson', other: '{count} boissons' },

  'data.previewCravings': 'Envies notées',
  'data.previewPlans': 'Plans « si… alors… »',
  'data.previewMotivation': 'Motivations',
  'data.previewRulers': 'Réponses aux échelles 0 à 10',
  'data.previewProgrammeRuns': 'Programmes suivis',

  'route.programmes': 'Programmes',
  'route.programme': 'Programme',
  'route.programmeDay': 'Jour de programme',
  'more.programmesHint': 'Premiers pas, réduire en 28 jours, un mois sans alcool : un petit pas chaque jour.',
  'diary.programmesLink': 'Programmes',
} as const satisfies Record<string, Message>;
