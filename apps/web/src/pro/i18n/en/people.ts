import type { Translation } from '../../../i18n/types.js';
import type { proPeopleFr } from '../fr/people.js';

/** Workspace, English: inviting a person and the people who share their follow-up. */
export const proPeopleEn: Translation<typeof proPeopleFr> = {
  'invite.title': 'Invite a person',
  'invite.intro':
    'Give a code to the person you follow: they enter it in Oz (or scan the QR code) and choose what they share with your service.',
  'invite.label': 'Reminder for you (optional)',
  'invite.labelHint': 'Initials or file number: only your team sees it, never the person.',
  'invite.create': 'Create a code',
  'invite.ready': 'Code ready to hand over',
  'invite.code': 'Code:',
  'invite.qrLabel': 'QR code of the invitation link, code {code}',
  'invite.url': 'Link: {url}',
  'invite.expires': 'Valid until {date}, once.',
  'invite.explain':
    'The person stays in control: they choose what they share and can stop at any time; the data is then erased from the server.',
  'invite.print': 'Print',

  'people.title': 'People followed',
  'people.none': 'Nobody is linked with your service yet.',
  'people.label': 'Reminder',
  'people.noLabel': 'No reminder',
  'people.linkedAt': 'Linked on',
  'people.updatedAt': 'Last shared',
  'people.scopes': 'Sharing',
  'people.nothingYet': 'Nothing received yet.',
  'people.nothingShared': 'Nothing',
  'people.scope.diary': 'diary summary',
  'people.scope.screening': 'test results',

  'person.title': 'Person followed',
  'person.back': '← People followed',
  'person.linked': 'Linked on {date}.',
  'person.updated': 'Last sent on {date}.',
  'person.consent': 'You only see what the person chose to share; they can stop at any time.',

  'shared.noDiary': 'The diary summary is not shared.',
  'shared.noWeeks': 'No week filled in yet.',
  'shared.noScreenings': 'No test result yet.',
  'shared.noScreening': 'Test results are not shared.',
  'shared.weeksCaption': 'Diary: weekly totals (standard drinks)',
  'shared.weekOf': 'Week of',
  'shared.total': 'Standard drinks',
  'shared.drinkingDays': 'Days with alcohol',
  'shared.heaviest': 'Highest day',
  'shared.logged': 'Days filled in',
  'shared.above': 'above 10',
  'shared.chartLabel': {
    one: 'Chart: 1 week, last week {last} standard drinks. Details in the table.',
    other: 'Chart: {count} weeks, last week {last} standard drinks. Details in the table.',
  },
  'shared.chartCaption':
    'Bars: standard drinks per week. Line: guideline of 10 drinks a week. ▲: above the guideline.',
  'shared.screeningsCaption': 'Test history',
  'shared.date': 'Date',
  'shared.instrument': 'Test',
  'shared.score': 'Score',
  'shared.level': 'Level',

  'level.audit-c.low': 'Low risk',
  'level.audit-c.misuse': 'Hazardous drinking',
  'level.audit-c.dependence': 'Possible dependence',
  'level.face.low': 'Low risk',
  'level.face.excessive': 'Probable excessive drinking',
  'level.face.dependence': 'Probable dependence',
  'level.audit.zone-1': 'Zone I, low risk',
  'level.audit.zone-2': 'Zone II, hazardous drinking',
  'level.audit.zone-3': 'Zone III, harmful drinking',
  'level.audit.zone-4': 'Zone IV, possible dependence',

  'instrument.audit-c': 'AUDIT-C',
  'instrument.audit': 'AUDIT',
  'instrument.face': 'FACE',
};
