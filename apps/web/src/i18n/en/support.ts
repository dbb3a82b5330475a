import type { supportFr } from '../fr/support.js';
import type { Translation } from '../types.js';

/** English: the shell's part of the support tools (see fr/support.ts). */
export const supportEn: Translation<typeof supportFr> = {
  'shell.cravingButton': 'Craving a drink?',

  'route.craving': 'Craving a drink?',
  'route.logCraving': 'Note a craving',
  'route.cravingHistory': 'My cravings',
  'route.plans': 'My “if… then…” plans',
  'route.motivation': 'My motivations',
  'route.articles': 'Articles',
  'route.article': 'Article',
  'route.harmReduction': 'Reducing the risks on a night out',

  'more.cravingHint': 'Breathe, take your mind off it, note a craving, your plans.',
  'more.motivationHint': 'Your reasons, your risk situations, the pros and cons.',
  'more.articlesHint': 'Short texts about alcohol, with their sources.',
  'more.harmReductionHint': 'A few tips for a night out, no judgement.',

  'diary.cravingLink': 'Craving a drink?',
  'diary.resumeTestTitle': 'The quick test is waiting for you',
  'diary.resumeTestBody': 'Three questions, one minute, to take stock. You can take it whenever you like.',
  'diary.resumeTest': 'Take the quick test',

  'add.quickTitle': 'Your usual drinks',
  'add.searchLabel': 'Search for a drink',
  'add.searchHint': 'For example: beer, wine, pastis.',
  'add.searchResults': {
    zero: 'No drink matches. You can create your own.',
    one: '{count} drink found',
    other: '{count} drinks found',
  },
  'add.catalogueTitle': 'All drinks',
  'add.categoryCount': { one: '{count} drink', other: '{count} drinks' },

  'data.previewCravings': 'Cravings noted',
  'data.previewPlans': '“If… then…” plans',
  'data.previewMotivation': 'Motivations',
  'data.previewRulers': 'Answers to the 0–10 scales',
  'data.previewProgrammeRuns': 'Programmes followed',

  'route.programmes': 'Programmes',
  'route.programme': 'Programme',
  'route.programmeDay': 'Programme day',
  'more.programmesHint': 'First steps, cut down in 28 days, a month without alcohol: one small step a day.',
  'diary.programmesLink': 'Programmes',
} as const;
