import { DEFAULT_REMINDER_TIME, nextReminderAt } from '@oz/core';
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/fr.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import type { ActionOutcome } from './actions.js';
import { changeReminders, enableReminders, sendTestReminder, stopReminders } from './actions.js';
import type { LocalReminder } from './model.js';
import { ALL_WEEKDAYS } from './model.js';
import { currentPlatform, pushSupportOf } from './platform.js';
import type { ReminderDraft } from './ReminderForm.js';
import { ReminderForm } from './ReminderForm.js';
import { getLocalReminder } from './store.js';

const SUPPORT_MESSAGES = {
  unsupported: 'reminders.unsupported',
  'ios-home-screen': 'reminders.iosHomeScreen',
  'ios-update': 'reminders.iosUpdate',
} as const satisfies Record<string, MessageKey>;

const DEFAULT_DRAFT: ReminderDraft = {
  weekdays: ALL_WEEKDAYS,
  time: DEFAULT_REMINDER_TIME,
  message: { kind: 'preset', preset: 'journal' },
};

function draftOf(reminder: LocalReminder | null): ReminderDraft {
  if (reminder === null) return DEFAULT_DRAFT;
  return { weekdays: reminder.schedule.weekdays, time: reminder.schedule.time, message: reminder.message };
}

function problemOf(draft: ReminderDraft): MessageKey | null {
  if (draft.weekdays.length === 0) return 'reminders.noDay';
  if (draft.message.kind === 'custom' && draft.message.text.trim() === '') return 'reminders.customEmpty';
  return null;
}

const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** « Rappels » in Réglages (issue 11): days, time and text; enable, change, pause, test, stop. */
export function ReminderSettings(): ReactNode {
  const stored = useStored(getLocalReminder, 'reminder');
  // Kept above the card: the card starts afresh from what was saved, and the message must survive that.
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  if (stored.status !== 'ready') return null;
  return (
    <ReminderCard
      reminder={stored.value}
      key={stored.value?.updatedAt ?? 'none'}
      outcome={outcome}
      setOutcome={setOutcome}
    />
  );
}

function ReminderCard(props: {
  readonly reminder: LocalReminder | null;
  readonly outcome: ActionOutcome | null;
  readonly setOutcome: (outcome: ActionOutcome | null) => void;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const { reminder, outcome, setOutcome } = props;
  const [draft, setDraft] = useState<ReminderDraft>(() => draftOf(reminder));
  const [busy, setBusy] = useState(false);
  // The card is rebuilt after every save, so the instant it was shown is recent enough for « next reminder ».
  const [shownAt] = useState(() => Date.now());
  const support = pushSupportOf(currentPlatform());

  const run = (action: () => Promise<ActionOutcome>): void => {
    const problem = problemOf(draft);
    if (problem !== null) {
      setOutcome({ ok: false, message: problem });
      return;
    }
    setBusy(true);
    setOutcome(null);
    action().then(
      (result) => {
        setOutcome(result);
        setBusy(false);
      },
      () => {
        setOutcome({ ok: false, message: 'reminders.failed' });
        setBusy(false);
      },
    );
  };
  const choice = () => ({
    schedule: { weekdays: draft.weekdays, time: draft.time, timeZone: deviceTimeZone() },
    message:
      draft.message.kind === 'custom'
        ? { kind: 'custom' as const, text: draft.message.text.trim() }
        : draft.message,
  });

  return (
    <section className="card" aria-labelledby="reminders-title" id="rappels">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <p className="small">{t('reminders.intro')}</p>
      {support !== 'supported' && reminder === null ? (
        <p className="notice small">{t(SUPPORT_MESSAGES[support])}</p>
      ) : (
        <div className="stack">
          {reminder === null ? null : (
            <p className="small">
              {reminder.paused
                ? t('reminders.statusPaused')
                : t('reminders.statusOn', {
                    when: dateTime(new Date(nextReminderAt(reminder.schedule, shownAt)), {
                      weekday: 'long',
                      hour: '2-digit',
                      minute: '2-digit',
                    }),
                  })}
            </p>
          )}
          <ReminderForm draft={draft} onChange={setDraft} disabled={busy} />
          <p className="small muted">{t('reminders.whatIsSent')}</p>
          {reminder === null ? (
            <button
              type="button"
              className="button button-primary button-block"
              disabled={busy}
              onClick={() => run(() => enableReminders(choice(), new Date()))}
            >
              {busy ? t('reminders.working') : t('reminders.enable')}
            </button>
          ) : (
            <div className="stack">
              <button
                type="button"
                className="button button-primary button-block"
                disabled={busy}
                onClick={() => run(() => changeReminders(reminder, choice(), reminder.paused, new Date()))}
              >
                {t('reminders.save')}
              </button>
              <button
                type="button"
                className="button button-block"
                disabled={busy}
                onClick={() => run(() => changeReminders(reminder, choice(), !reminder.paused, new Date()))}
              >
                {reminder.paused ? t('reminders.resume') : t('reminders.pause')}
              </button>
              <button
                type="button"
                className="button button-quiet button-block"
                disabled={busy || reminder.paused}
                onClick={() => run(() => sendTestReminder(reminder))}
              >
                {t('reminders.test')}
              </button>
              <button
                type="button"
                className="button button-danger button-block"
                disabled={busy}
                onClick={() => run(() => stopReminders(reminder))}
              >
                {t('reminders.stop')}
              </button>
            </div>
          )}
        </div>
      )}
      <p role="status" className="small">
        {outcome === null ? '' : t(outcome.message)}
      </p>
      <p className="small muted">{t('reminders.evidence')}</p>
    </section>
  );
}
