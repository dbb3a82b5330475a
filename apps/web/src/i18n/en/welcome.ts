import type { welcomeFr } from '../fr/welcome.js';
import type { Translation } from '../types.js';

/** English: first visit, the optional profile and the page for people worried about someone close. */
export const welcomeEn: Translation<typeof welcomeFr> = {
  'welcome.title': 'Take stock of your drinking, at your own pace',
  'welcome.intro':
    'Oz helps you see where you stand with alcohol, keep track of your drinking and, if you wish, find help near you.',
  'welcome.privacyTitle': 'Your data stays on this device.',
  'welcome.privacyBody':
    'No account, no name, no e-mail. Nothing is sent unless you ask. You can erase everything at any time.',
  'welcome.doorsTitle': 'Where would you like to start?',
  'welcome.doorMe': 'For me',
  'welcome.doorMeHint': 'A quick 3-question test, less than a minute.',
  'welcome.doorClose': 'I am worried about someone close to me',
  'welcome.doorCloseHint': 'What helps, how to talk about it, where to find support.',
  'welcome.skip': 'Skip and go to the diary',

  'profile.title': 'A few details (optional)',
  'profile.why':
    'These answers are only used to choose the right thresholds for the test: they differ for women and men. They stay on this device.',
  'profile.sexLegend': 'You are',
  'profile.sexHint': 'If you prefer not to say, Oz uses the most cautious thresholds.',
  'profile.sex.female': 'A woman',
  'profile.sex.male': 'A man',
  'profile.sex.unspecified': 'I prefer not to say',
  'profile.ageLegend': 'Your age',
  'profile.ageHint': 'To suggest the right places for help (for example for people under 25).',
  'profile.ageNone': 'I prefer not to say',
  'profile.age.under-18': 'Under 18',
  'profile.age.18-24': '18 to 24',
  'profile.age.25-64': '25 to 64',
  'profile.age.65-74': '65 to 74',
  'profile.age.75-plus': '75 or over',
  'profile.continue': 'Continue to the test',
  'profile.skip': 'Skip this step',

  'entourage.title': 'Someone close worries you',
  'entourage.intro':
    'You are not alone. Worrying about someone who drinks is exhausting, and help exists, for them as well as for you.',
  'entourage.helpsTitle': 'What helps',
  'entourage.helps1': 'Talk about what you see and feel, without labelling the person.',
  'entourage.helps2': 'Choose a calm moment, when the person has not been drinking.',
  'entourage.helps3':
    'Remind them that cutting down is possible and that professionals support people without judging.',
  'entourage.helps4':
    'Do not push for an abrupt stop: for a dependent person it can be dangerous without medical follow-up.',
  'entourage.talkTitle': 'How to talk about it',
  'entourage.talk1': 'Start with "I": "I\'m worried about you", rather than "You drink too much".',
  'entourage.talk2': 'Give precise, recent facts, without blame.',
  'entourage.talk3':
    'Listen to the answer, even if it plays things down. A first conversation opens the door.',
  'entourage.talk4': 'Offer practical help: look for a place together, go with them to an appointment.',
  'entourage.youTitle': 'And you',
  'entourage.you1':
    'CSAPAs (addiction care, support and prevention centres) also see relatives, free of charge.',
  'entourage.you2': 'Self-help associations welcome families and friends.',
  'entourage.you3': 'Taking care of yourself is not giving up on the other person.',
  'entourage.findTitle': 'Find help',
  'entourage.findBody': 'Alcool Info Service also answers relatives: an anonymous call at no extra cost.',
  'entourage.findButton': 'Find a place that sees relatives',
  'entourage.forMe': 'Take the quick test for myself',

  'profile.pregnant': 'I am pregnant or breast-feeding (optional)',
  'profile.pregnantHint':
    'During pregnancy, no alcohol is safest. Oz will suggest suitable help, without judgement.',
};
