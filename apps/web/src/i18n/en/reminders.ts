import type { remindersFr } from '../fr/reminders.js';
import type { Translation } from '../types.js';

/** English: reminders. */
export const remindersEn: Translation<typeof remindersFr> = {
  'reminders.title': 'Reminders',
  'reminders.intro':
    'A short reminder, on the days and at the time you choose, to think of logging your day. You can pause or stop it at any time.',
  'reminders.evidence':
    'Why 8 pm by default: in the trial of the Drink Less app (University College London, 2023), a notification at 8 pm made opening the app within the next hour 3.5 times more likely.',
  'reminders.days': 'Days',
  'reminders.time': 'Time',
  'reminders.text': 'Reminder text',
  'reminders.textHint':
    'It shows on the phone’s screen, even when locked: choose a discreet text if others may see it.',
  'reminders.preset.journal': 'A moment to log your day?',
  'reminders.preset.evening': 'How was your day? Oz is here if you want to log it.',
  'reminders.preset.short': 'A quick reminder of your diary.',
  'reminders.custom': 'My own text',
  'reminders.customLabel': 'Your text (80 characters at most)',
  'reminders.whatIsSent':
    'By turning reminders on, you ask the Oz server to keep this browser’s notification address, the days, the time and your time zone. Nothing else: not your diary, not the reminder’s text, which stays on this device. Stopping reminders erases all of it from the server.',
  'reminders.enable': 'Turn reminders on',
  'reminders.save': 'Save changes',
  'reminders.pause': 'Pause',
  'reminders.resume': 'Resume reminders',
  'reminders.stop': 'Stop reminders',
  'reminders.test': 'Send me a test reminder',
  'reminders.working': 'One moment…',
  'reminders.statusOn': 'Reminders are on. Next reminder: {when}.',
  'reminders.statusPaused': 'Reminders are paused: nothing will be sent until you resume them.',
  'reminders.enabled': 'Reminders turned on.',
  'reminders.saved': 'Changes saved.',
  'reminders.pausedDone': 'Reminders paused.',
  'reminders.resumed': 'Reminders resumed.',
  'reminders.stopped': 'Reminders stopped. The server erased your subscription.',
  'reminders.testSent': 'Test reminder sent: it should arrive within a few seconds.',
  'reminders.unsupported':
    'This browser cannot receive reminders. Try a recent browser (Chrome, Firefox, Edge or Safari).',
  'reminders.iosHomeScreen':
    'On iPhone and iPad, reminders only work once Oz is added to the Home Screen. In Safari, tap the Share button, then “Add to Home Screen”. Then open Oz from its icon and come back here.',
  'reminders.iosUpdate':
    'On iPhone and iPad, reminders need iOS 16.4 or later. Update the device to turn them on.',
  'reminders.permissionDenied':
    'Notifications are blocked for Oz in this browser. Allow them in the browser’s or the phone’s settings, then try again.',
  'reminders.permissionDismissed': 'You did not allow notifications: reminders are not on.',
  'reminders.offline': 'No connection: nothing was changed. Try again once online.',
  'reminders.failed': 'The server could not save this change. Try again in a moment.',
  'reminders.rateLimited': 'Too many attempts in a short time. Try again in a few minutes.',
  'reminders.subscribeFailed':
    'This browser could not subscribe to notifications. Try again later, or with another browser.',
  'reminders.noDay': 'Choose at least one day.',
  'reminders.customEmpty': 'Write your text, or choose a suggested one.',
  'reminders.gone':
    'Your reminders stopped: this browser no longer accepts them. You can turn them on again.',

  'reminders.offerTitle': 'A reminder in the evening?',
  'reminders.offerBody':
    'You have been using Oz for a week. If you wish, Oz can send you a short reminder, for example every evening at 8 pm. You choose the days, the time and the text.',
  'reminders.offerYes': 'Choose my reminders',
  'reminders.offerNo': 'No thanks',

  'reminders.notificationTitle': 'Oz',
};
