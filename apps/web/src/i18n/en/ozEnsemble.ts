import type { ozEnsembleFr } from '../fr/ozEnsemble.js';
import type { Translation } from '../types.js';

/** English: what an Oz Ensemble import brings besides the diary, and the lines it could not read. */
export const ozEnsembleEn: Translation<typeof ozEnsembleFr> = {
  'oze.tagsLegend': 'From Oz Ensemble',
  'oze.tag.withcloseones': 'With close ones',
  'oze.tag.withcolleagues': 'With colleagues',
  'oze.tag.withdrinkingbuddy': 'With people I drink with',
  'oze.tag.bar': 'At the bar',
  'oze.tag.out': 'Outdoors',
  'oze.tag.casualevent': 'Occasional event',
  'oze.tag.communevent': 'Usual event',
  'oze.tag.inthemorning': 'From the morning',
  'oze.tag.afterwork': 'After work',
  'oze.tag.aperitif': 'Aperitif',
  'oze.tag.torelax': 'To relax',
  'oze.tag.toforget': 'To forget my worries',
  'oze.tag.toreassure': 'To reassure myself',
  'oze.tag.antidepressant': 'As an antidepressant',
  'oze.tag.anxiolytic': 'As an anxiolytic',
  'oze.tag.tofeelbetter': 'To feel less bad',
  'oze.tag.toreducepain': 'To feel less pain',
  'oze.tag.forfun': 'To have fun',
  'oze.tag.reward': 'To reward myself',
  'oze.tag.confidence': 'To assert myself',
  'oze.tag.disinhibit': 'To lose my inhibitions',
  'oze.tag.losecontrol': 'To lose control',
  'oze.tag.sociabilise': 'To socialise',
  'oze.tag.passtime': 'To pass the time',
  'oze.tag.sleep': 'To sleep',
  'oze.tag.taste': 'For the taste',
  'oze.factTypicalWeek':
    'Your typical week before: {drinks} standard drinks. It is the starting point of your gains unless you already gave one.',
  'oze.factTypicalWeekPartial':
    'Your typical week before: {drinks} standard drinks, without {missing} (a drink Oz does not know).',
  'oze.factAgeBand': 'Your age band: {band}.',
  'oze.factAgeUnmapped':
    'Your age band in Oz Ensemble (“{bracket}”) is too broad for Oz: add yours in the settings if you wish.',
  'oze.factQuickTest':
    'Oz Ensemble quick test: {total} points out of 12, result “{level}” with Oz Ensemble’s cut-offs. Take Oz’s test again for an up-to-date result.',
  'oze.factQuickTestLabelOnly':
    'Oz Ensemble quick test: result “{level}” (answers unreadable). Take Oz’s test again for an up-to-date result.',
  'oze.importedOn': 'imported from Oz Ensemble on {date} (test date unknown)',
  'oze.level.good': 'low risk',
  'oze.level.risk': 'risky drinking',
  'oze.level.addicted': 'possible dependence',
  'oze.level.nocif': 'harmful drinking',
  'oze.problemsTitle': { one: '{count} line could not be read', other: '{count} lines could not be read' },
  'oze.problemsHint':
    'They are not imported. When the file says how many standard drinks they counted, you can keep them as a custom drink.',
  'oze.problemLines': { one: '{count} line', other: '{count} lines' },
  'oze.problemAndMore': { one: 'and {count} other day', other: 'and {count} other days' },
  'oze.reason.unknown-drink': 'a drink neither in the file nor in Oz’s catalogue: it cannot be counted',
  'oze.reason.unreadable-volume': 'unreadable volume (“{detail}”)',
  'oze.reason.inconsistent-volume': 'the volume (“{detail}”) cannot hold that much alcohol',
  'oze.reason.bad-quantity': 'unreadable number of drinks',
  'oze.reason.bad-timestamp': 'unreadable date',
  'oze.reason.bad-doses': 'unreadable number of standard drinks',
  'oze.reason.bad-date': 'unreadable date',
  'oze.reason.bad-day': 'unreadable day (“{detail}”)',
  'oze.reason.bad-line': 'unreadable line',
  'oze.reason.note-shortened': 'note too long, shortened to 5,000 characters',
  'oze.keep': {
    one: 'Keep as a custom drink ({drinks} standard drink per serving)',
    other: 'Keep as a custom drink ({drinks} standard drinks per serving)',
  },
};
