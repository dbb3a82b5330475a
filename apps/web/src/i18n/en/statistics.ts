import type { Translation } from '../types.js';
import type { statisticsFr } from '../fr/statistics.js';

/** English: anonymous statistics (issue 12). */
export const statisticsEn: Translation<typeof statisticsFr> = {
  'stats.welcomeLine':
    'To show that it is useful, Oz counts a few uses without identifying you (openings, tests taken): you can stop it in the settings.',
  'stats.settingsTitle': 'Anonymous statistics',
  'stats.settingsIntro':
    'At most once a day, Oz sends a few numbers, with no identifier at all: how many times the app was opened, how many quick tests were taken and with which result, how many programmes were started. Added to everyone else’s, these numbers show those who fund Oz whether it helps.',
  'stats.enabled': 'Count my use anonymously',
  'stats.browserRefuses':
    'Your browser asks not to be measured (Global Privacy Control or Do Not Track): Oz counts nothing and sends nothing.',
  'stats.shareProfile': 'Add my age band and sex to these numbers',
  'stats.shareProfileHint':
    'Only if you gave them in your profile. They are counted separately, never together with your result. If you ask to talk to a professional, they are also attached to your request, with the level of your latest quick test.',
  'stats.whatIsCounted': 'Exactly what is counted',
  'stats.cameFromQuestion': 'How did you hear about Oz? (optional)',
  'stats.cameFromHint': 'Once, without identifying you: it helps make Oz known where it is useful.',
  'stats.cameFromAnswered': 'Thank you, noted.',
  'stats.cameFrom.professional': 'A professional (doctor, nurse, social worker…)',
  'stats.cameFrom.search-engine': 'An Internet search',
  'stats.cameFrom.word-of-mouth': 'Someone close, word of mouth',
  'stats.cameFrom.media': 'Press, radio, television',
  'stats.cameFrom.social-media': 'Social media',
  'stats.cameFrom.health-website': 'A health or help website (Alcool Info Service…)',
  'stats.cameFrom.other': 'Some other way',
  'stats.cameFrom.not-said': 'I prefer not to say',
  'stats.cameFromSave': 'Save',
  'stats.privacyTitle': 'Anonymous statistics',
  'stats.privacyIntro':
    'Unless you stop it (in the settings) or your browser refuses it (Global Privacy Control or Do Not Track), Oz sends numbers at most once a day, rounded to the day:',
  'stats.privacyFirstOpen': 'the first opening of the app on this device;',
  'stats.privacyActive': 'use during the week, use during the month (once each);',
  'stats.privacyQuickTest': 'a quick test taken, with its level (low, at risk, probable dependence);',
  'stats.privacyProgramme':
    'a programme started or finished, and the direction of your well-being (better, stable, worse);',
  'stats.privacyContact': 'a contact request sent;',
  'stats.privacyCameFrom': 'how you heard about Oz, if you say;',
  'stats.privacyProfile': 'your age band and sex, only if you agreed, counted separately.',
  'stats.privacyNever':
    'Never: no identifier (of a device or a person), no drinks, no answers, no notes. The server adds these numbers to daily counters and keeps neither your connection’s address nor your browser. What could not leave within a week is deleted.',
  'stats.privacyWhoSees':
    'Programme managers see monthly totals; any number below 5 is hidden. Structures only see their own requests.',
  'stats.contactNotice':
    'You agreed to add your age band and sex to the anonymous statistics: they are attached to this request, with the level of your latest quick test (you can change this in the settings).',
};
