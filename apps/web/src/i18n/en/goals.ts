import type { goalsFr } from '../fr/goals.js';
import type { Translation } from '../types.js';

/** English: goals (the weekly goal, free days and the typical week). */
export const goalsEn: Translation<typeof goalsFr> = {
  'goals.title': 'My goals',
  'goals.intro': 'You choose your goal. Oz suggests the public-health guidelines; any reduction counts.',
  'goals.current': 'My goal',
  'goals.thisWeek': 'This week',
  'goals.describeWeek': 'At most {max} standard drinks a week',
  'goals.describeDay': 'At most {max} standard drinks on days I drink',
  'goals.describeFreeDays': 'Drink-free days: {days}',
  'goals.describeNoFreeDays': 'No drink-free day chosen',
  'goals.progress': '{total} of {max} standard drinks',
  'goals.remaining': '{remaining} left for the week.',
  'goals.status.achieved': 'Goal reached',
  'goals.status.missed': 'Not reached this time',
  'goals.status.in-progress': 'In progress',
  'goals.status.incomplete': 'Some days are not filled in',
  'goals.history': 'Previous weeks',
  'goals.historyHint': 'A week above the goal is information, not a failure.',
  'goals.weekOf': 'Week of {date}',
  'goals.formTitle': 'Choose my goal',
  'goals.formTitleChange': 'Change my goal',
  'goals.suggestionPregnancy':
    'No alcohol during pregnancy: that is the guideline. If stopping is hard, your midwife or doctor can help, without judgement.',
  'goals.suggestionMinor':
    "Under 18, the guideline is no alcohol. If that is hard, a young people's consultation (CJC) can help.",
  'goals.suggestion':
    'The guidelines: at most {week} standard drinks a week, at most {day} a day, and some days without alcohol every week.',
  'goals.useSuggestion': 'Start from the guidelines',
  'goals.perWeek': 'Maximum standard drinks per week',
  'goals.perWeekHint': '0 for a week without alcohol.',
  'goals.perDay': 'Maximum standard drinks on days I drink',
  'goals.freeDays': 'My drink-free days',
  'goals.save': 'Save my goal',
  'goals.saveAccompanied': 'Save this goal, with medical support',
  'goals.saveAnyway': 'I choose to save this goal now',
  'goals.findSupport': 'Find support to stop',
  'goals.savedToast': 'Goal saved. It counts from this week.',
  'goals.errorNumber': 'Please enter a number of drinks (0 or more).',
  'goals.errorPerDay': 'The daily maximum cannot be above the weekly maximum.',
  'goals.errorAllFree': 'If every day is drink-free, the weekly maximum is 0.',
  'goals.freeDaysHint': 'The guidelines advise some drink-free days every week: choose which ones.',
};
