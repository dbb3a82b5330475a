import type { screeningFr } from '../fr/screening.js';
import type { Translation } from '../types.js';

/** English: questionnaires (AUDIT-C, AUDIT, FACE), their results and the evaluation history. */
export const screeningEn: Translation<typeof screeningFr> = {
  'screening.start': 'Start',
  'screening.notNow': 'Not now',
  'screening.progress': 'Question {current} of {total}',
  'screening.answers': 'Possible answers',
  'screening.previous': 'Previous question',
  'screening.standardDrinkHint':
    'A "drink" here means a standard drink: 25 cl of 5% beer, 10 cl of 12% wine, 7 cl of 18% aperitif or 3 cl of 40% spirits. Each holds about 10 g of pure alcohol.',
  'screening.privacy': {
    one: '{count} question. Your answers stay on this device.',
    other: '{count} questions. Your answers stay on this device.',
  },

  'result.title': 'Your result',
  'result.missing': 'This result does not exist on this device.',
  'result.score': 'Score: {total} out of {max}',
  'result.moreComplete': 'Go further with the full questionnaire (AUDIT, 10 questions)',
  'result.level.inform.label': 'Low risk',
  'result.level.inform.meaning':
    'Your drinking seems to carry little risk today. Risk starts with the first drink: the guidelines below help keep it low.',
  'result.level.self-help.label': 'Drinking to keep an eye on',
  'result.level.self-help.meaning':
    'Your answers show something to keep an eye on. Simple advice and following your drinking in the diary often help to cut down.',
  'result.level.brief-intervention.label': 'Risky drinking',
  'result.level.brief-intervention.meaning':
    'Your drinking is probably above the guidelines and may weigh on your health. This is common, and cutting down is possible: talking with a professional, even once, often helps.',
  'result.level.specialist.label': 'Possible dependence',
  'result.level.specialist.meaning':
    'Your answers suggest a possible dependence on alcohol. This is not a diagnosis. A professional can take stock with you, without judgement, and help you cut down or stop safely.',
  'result.imported.label': 'Result imported from Oz Ensemble',
  'result.imported.meaning':
    'This result comes from the Oz Ensemble app, with its own thresholds. Take the quick test again for an up-to-date result.',

  'reperes.title': 'Low-risk drinking guidelines',
  'reperes.week': 'No more than {max} standard drinks a week',
  'reperes.day': 'No more than {max} standard drinks a day',
  'reperes.notEveryDay': 'Some days without alcohol every week',
  'reperes.standardDrink':
    'A standard drink holds 10 g of pure alcohol: a half of beer, a glass of wine or a small measure of spirits as served in a bar.',
  'reperes.zero': 'No alcohol during pregnancy and under 18. Source: Santé publique France.',
  'reperes.zeroPregnancy.title': 'No alcohol during pregnancy',
  'reperes.zeroPregnancy.body':
    'When pregnant, breast-feeding or trying for a baby, the guideline is no alcohol: no glass can be said to be safe for the baby. Your midwife, your doctor or the maternity team can help, without judgement.',
  'reperes.zeroPregnancy.source': 'Source: Santé publique France.',
  'reperes.zeroPregnancy.cta': 'Find help',
  'reperes.zeroMinor.title': 'Under 18, no alcohol',
  'reperes.zeroMinor.body':
    "Under 18, the guideline is no alcohol. A young people's consultation (CJC) listens to you for free and anonymously, alone or with someone close.",
  'reperes.zeroMinor.cta': 'Find a CJC',
  'reperes.older':
    'After 65: no more than 7 drinks a week and 2 per occasion, at least 2 days without alcohol a week; if you drink every day, 1 drink at most. Alcohol raises the risk of falls and acts on many medicines. Source: pour-les-personnes-agees.gouv.fr.',
  'reperes.zeroSituations.title': 'No alcohol is the rule or the safest:',
  'reperes.zeroSituations.driving':
    'when driving: the limit is 0.5 g of alcohol per litre of blood, and 0.2 g (no drink at all) on a probationary licence and for bus and coach drivers;',
  'reperes.zeroSituations.machines': 'when operating a machine or in a safety post;',
  'reperes.zeroSituations.medicines':
    'with some medicines: ask your doctor or pharmacist, or read the leaflet.',

  'withdrawal.title': 'Do not stop all at once without medical help',
  'withdrawal.body':
    'When the body is used to alcohol, stopping abruptly can cause dangerous withdrawal (seizures, delirium tremens). Cutting down or stopping is still possible: with a doctor or a CSAPA, it is safer.',
  'withdrawal.symptoms':
    'Shaking, sweating, a racing heart, anxiety, nausea or confusion when you drink less: tell a doctor quickly. If you feel very unwell or have a seizure, call 15 or 112.',
  'withdrawal.helpline': 'Alcool Info Service gives advice (anonymous call at no extra cost):',
  'withdrawal.findCare': 'Find a consultation',

  'evaluate.title': 'Check my drinking',
  'evaluate.intro':
    'Three recognised questionnaires, to take again whenever you like to see how things change. Your answers stay on this device.',
  'evaluate.about.audit-c': '3 questions, less than a minute.',
  'evaluate.about.audit': '10 questions, about 3 minutes. The WHO reference questionnaire.',
  'evaluate.about.face': '5 questions, used by doctors in France.',
  'evaluate.take': 'Take the test',
  'evaluate.retake': 'Take the test again',
  'evaluate.historyTitle': 'My results',
  'evaluate.historyEmpty': 'No result yet.',
  'evaluate.compareTitle': 'Compare',
  'evaluate.compareEmpty': 'Take a questionnaire again to compare with your previous result.',
  'evaluate.compareLine': 'Latest score: {latest} ({latestDate}). Previous: {previous} ({previousDate}).',
  'evaluate.compareDown': { one: 'Down {points} point.', other: 'Down {points} points.' },
  'evaluate.compareUp': { one: 'Up {points} point.', other: 'Up {points} points.' },
  'evaluate.compareSame': 'Same score.',
};
