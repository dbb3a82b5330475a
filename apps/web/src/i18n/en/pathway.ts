import type { pathwayFr } from '../fr/pathway.js';
import type { Translation } from '../types.js';

/** English: the suggested next steps after a result. */
export const pathwayEn: Translation<typeof pathwayFr> = {
  'pathway.level.inform.title': 'Keep taking care of yourself',
  'pathway.level.inform.body':
    'Keep the guidelines in mind. The diary helps you see your drinking week after week.',
  'pathway.level.self-help.title': 'Cut down with the diary and goals',
  'pathway.level.self-help.body':
    'Writing down what you drink and setting a goal that suits you helps to cut down. You decide the pace.',
  'pathway.level.brief-intervention.title': 'Talk it over with a professional',
  'pathway.level.brief-intervention.body':
    'A conversation with a doctor or an addiction professional, even a short one, often helps to cut down. It is free and confidential in a CSAPA (addiction care, support and prevention centre) and a CJC (youth consultation).',
  'pathway.level.specialist.title': 'Get support from a specialist team',
  'pathway.level.specialist.body':
    'An addiction consultation helps you take stock and cut down or stop safely. CSAPAs (addiction care, support and prevention centres) see you free of charge and confidentially.',
  'pathway.why': 'Why this suggestion?',
  'pathway.nextSteps': 'What next?',
  'pathway.findHelp': 'Find help near me',
  'pathway.talkToSomeone': 'Talk to someone',
  'pathway.startDiary': 'Track my drinking in the diary',
  'pathway.setGoal': 'Set myself a goal',
  'pathway.reason.no-data': 'No result and no diary yet.',
  'pathway.reason.audit-low': 'AUDIT questionnaire: low risk.',
  'pathway.reason.audit-misuse': 'AUDIT questionnaire: probably risky drinking.',
  'pathway.reason.audit-probable-dependence': 'AUDIT questionnaire: probable dependence.',
  'pathway.reason.audit-zone-4': 'AUDIT questionnaire: possible dependence.',
  'pathway.reason.audit-dependence-items': 'Some answers suggest a loss of control.',
  'pathway.reason.audit-morning-drinking': 'Drinking in the morning to get going is a sign of dependence.',
  'pathway.reason.audit-recent-harm': 'Someone was injured, or someone close was worried, this year.',
  'pathway.reason.audit-consumption-misuse': 'Full test, first three questions: risky drinking.',
  'pathway.reason.audit-consumption-dependence': 'Full test, first three questions: possible dependence.',
  'pathway.reason.audit-c-low': 'Quick test: low risk.',
  'pathway.reason.audit-c-misuse': 'Quick test: risky drinking.',
  'pathway.reason.audit-c-dependence': 'Quick test: possible dependence.',
  'pathway.reason.face-low': 'FACE questionnaire: low risk.',
  'pathway.reason.face-excessive': 'FACE questionnaire: probable excessive drinking.',
  'pathway.reason.face-dependence': 'FACE questionnaire: probable dependence.',
  'pathway.reason.face-morning-drinking': 'Drinking in the morning to get going is a sign of dependence.',
  'pathway.reason.diary-within-guidelines': 'Your recent diary stays within the guidelines.',
  'pathway.reason.diary-above-guidelines': 'Your recent diary is above the guidelines.',
  'pathway.reason.diary-weeks-above-weekly-limit': 'Several weeks above 10 drinks in your diary.',
  'pathway.reason.diary-heavy-drinking-days': 'Days with 6 or more drinks in your diary.',
  'pathway.reason.diary-no-drink-free-day': 'Several weeks without a drink-free day.',
  'pathway.reason.diary-daily-heavy-drinking': 'Heavy drinking (6 drinks or more) almost every day.',
  'pathway.reason.young-person': 'Under 25, CJCs (youth consultations) are made for you.',
  'pathway.reason.minor-drinking': 'Under 18, the safest choice is not to drink alcohol.',
  'pathway.reason.pregnancy': 'During pregnancy, no alcohol is safest; help exists, without judgement.',
  'pathway.reason.older-person-withdrawal': 'Over 75, stopping is prepared with a medical team.',
  'pathway.reason.withdrawal-complications-history':
    'You have had seizures or delirium tremens when stopping alcohol before.',
  'pathway.reason.reported-withdrawal-signs':
    'You reported withdrawal signs, or drinking first thing in the morning.',
  'pathway.reason.sedatives-with-alcohol':
    'You take a sedative or a sleeping medicine: stopping alcohol is then prepared with a doctor.',
};
