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
  'result.audit-c.low.label': 'Low risk',
  'result.audit-c.low.meaning':
    'Your drinking looks low-risk today. Risk starts with the first drink: the guidelines below help keep it low.',
  'result.audit-c.misuse.label': 'Risky drinking',
  'result.audit-c.misuse.meaning':
    'Your drinking is probably above the guidelines and may affect your health. This is common, and cutting down is possible: many people manage it, on their own or with support.',
  'result.audit-c.dependence.label': 'Possible dependence',
  'result.audit-c.dependence.meaning':
    'Your answers suggest possible alcohol dependence. This is not a diagnosis. A professional can review things with you, without judgement, and help you cut down safely.',
  'result.face.low.label': 'Low risk',
  'result.face.low.meaning':
    'Your answers do not show excessive drinking. The guidelines below help keep the risk low.',
  'result.face.excessive.label': 'Probable excessive drinking',
  'result.face.excessive.meaning':
    'Your answers suggest excessive drinking. Talking with a professional, even once, often helps to cut down.',
  'result.face.dependence.label': 'Probable dependence',
  'result.face.dependence.meaning':
    'Your answers suggest probable dependence. This is not a diagnosis: a specialist consultation helps you take stock and get support.',
  'result.audit.zone-1.label': 'Low risk',
  'result.audit.zone-1.meaning': 'Your drinking carries a low risk. The guidelines below help keep it low.',
  'result.audit.zone-2.label': 'Risky drinking',
  'result.audit.zone-2.meaning':
    'Your drinking increases the risk to your health. Simple advice and keeping track of your drinking often help to cut down.',
  'result.audit.zone-3.label': 'Harmful drinking',
  'result.audit.zone-3.meaning':
    'Your drinking is probably already affecting your health or your life. Talking with a professional can really help.',
  'result.audit.zone-4.label': 'Possible dependence',
  'result.audit.zone-4.meaning':
    'Your answers suggest possible dependence. A specialist consultation helps you take stock and cut down or stop safely.',
  'result.imported.label': 'Result imported from Oz Ensemble',
  'result.imported.meaning':
    'This result comes from the Oz Ensemble app, with its own thresholds. Take the quick test again for an up-to-date result.',

  'reperes.title': 'Low-risk drinking guidelines',
  'reperes.week': 'No more than {max} standard drinks a week',
  'reperes.day': 'No more than {max} standard drinks a day',
  'reperes.notEveryDay': 'Some days without alcohol every week',
  'reperes.standardDrink':
    'A standard drink holds 10 g of pure alcohol: a half of beer, a glass of wine or a small measure of spirits as served in a bar.',
  'reperes.zero': 'During pregnancy, no alcohol is safest. Source: Santé publique France, 2017.',

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
