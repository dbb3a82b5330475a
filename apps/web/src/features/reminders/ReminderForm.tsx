import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { TextField } from '../../ui/TextField.js';
import type { IsoWeekday, ReminderMessage } from './model.js';
import { ALL_WEEKDAYS, CUSTOM_REMINDER_TEXT_MAX, REMINDER_PRESETS } from './model.js';

/** The days, the time and the text of a reminder: the fields of « Rappels » in Réglages. */
export interface ReminderDraft {
  readonly weekdays: readonly IsoWeekday[];
  readonly time: string;
  readonly message: ReminderMessage;
}

// Monday 2 March 2026 + n − 1: a real date per ISO weekday, to name the days in the person's language.
const dayOf = (weekday: IsoWeekday): string => `2026-03-0${String(1 + weekday)}`;

export function ReminderForm(props: {
  readonly draft: ReminderDraft;
  readonly onChange: (draft: ReminderDraft) => void;
  readonly disabled: boolean;
}): ReactNode {
  const { t, day } = useI18n();
  const { draft, onChange, disabled } = props;
  const toggleDay = (weekday: IsoWeekday, on: boolean): void =>
    onChange({
      ...draft,
      weekdays: ALL_WEEKDAYS.filter((d) => (d === weekday ? on : draft.weekdays.includes(d))),
    });
  const custom = draft.message.kind === 'custom' ? draft.message.text : null;
  return (
    <div className="stack">
      <fieldset disabled={disabled}>
        <legend>{t('reminders.days')}</legend>
        <div className="choices">
          {ALL_WEEKDAYS.map((weekday) => (
            <label key={weekday} className="choice">
              <input
                type="checkbox"
                checked={draft.weekdays.includes(weekday)}
                onChange={(event) => toggleDay(weekday, event.target.checked)}
              />
              {day(dayOf(weekday), { weekday: 'long' })}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        id="reminder-time"
        type="time"
        label={t('reminders.time')}
        value={draft.time}
        disabled={disabled}
        required
        onChange={(time) => onChange({ ...draft, time })}
      />
      <fieldset disabled={disabled} aria-describedby="reminder-text-hint">
        <legend>{t('reminders.text')}</legend>
        <p id="reminder-text-hint" className="small muted">
          {t('reminders.textHint')}
        </p>
        <div className="choices">
          {REMINDER_PRESETS.map((preset) => (
            <label key={preset} className="choice">
              <input
                type="radio"
                name="reminder-text"
                checked={draft.message.kind === 'preset' && draft.message.preset === preset}
                onChange={() => onChange({ ...draft, message: { kind: 'preset', preset } })}
              />
              {t(`reminders.preset.${preset}`)}
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name="reminder-text"
              checked={custom !== null}
              onChange={() => onChange({ ...draft, message: { kind: 'custom', text: custom ?? '' } })}
            />
            {t('reminders.custom')}
          </label>
        </div>
        {custom === null ? null : (
          <TextField
            id="reminder-custom-text"
            label={t('reminders.customLabel')}
            value={custom}
            maxLength={CUSTOM_REMINDER_TEXT_MAX}
            onChange={(text) => onChange({ ...draft, message: { kind: 'custom', text } })}
          />
        )}
      </fieldset>
    </div>
  );
}
