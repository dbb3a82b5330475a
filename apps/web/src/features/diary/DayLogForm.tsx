import { useState, type ReactNode } from 'react';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { nowIso } from '../../storage/ids.js';
import { saveDay } from '../../storage/repositories.js';
import type { DayLog, Mood } from '../../storage/types.js';
import { importedTagLabel } from './importedTags.js';
import { runWrite } from '../../app/useWrite.js';

const MOODS: readonly Mood[] = ['very-good', 'good', 'neutral', 'low', 'very-low'];
export const CONTEXT_TAGS = [
  'home',
  'friends',
  'family',
  'work',
  'party',
  'meal',
  'alone',
  'stress',
  'bored',
  'celebration',
] as const;

/** Drink-free declaration, mood, context tags and a private note (kept on this device only). */
export function DayLogForm(props: {
  readonly log: DayLog;
  readonly hasDrinks: boolean;
  readonly conflicting: boolean;
}): ReactNode {
  const { t } = useI18n();
  const toast = useToast();
  const [drinkFree, setDrinkFree] = useState(props.log.drinkFree);
  const [mood, setMood] = useState<Mood | null>(props.log.mood);
  const [tags, setTags] = useState<readonly string[]>(props.log.tags);
  const [note, setNote] = useState(props.log.note);

  const toggleTag = (tag: string): void =>
    setTags(tags.includes(tag) ? tags.filter((existing) => existing !== tag) : [...tags, tag]);
  // Tags imported from Oz Ensemble that Oz has no equivalent of stay visible (and removable) on their day.
  const [importedTags] = useState(() =>
    props.log.tags.filter((tag) => !(CONTEXT_TAGS as readonly string[]).includes(tag)),
  );

  return (
    <form
      className="card"
      aria-labelledby="day-log-title"
      onSubmit={(event) => {
        event.preventDefault();
        const log = { ...props.log, drinkFree, mood, tags, note: note.trim(), updatedAt: nowIso() };
        void runWrite(() => saveDay(log)).then((saved) => {
          if (saved.ok) toast.show(t('day.savedToast'));
        });
      }}
    >
      <h2 id="day-log-title">{t('day.aboutTitle')}</h2>
      {props.hasDrinks ? (
        props.conflicting ? (
          <p className="notice notice-caution">{t('day.conflict')}</p>
        ) : null
      ) : (
        <label className="choice" style={{ marginBottom: 'var(--space-4)' }}>
          <input
            type="checkbox"
            checked={drinkFree}
            onChange={(event) => setDrinkFree(event.target.checked)}
          />
          {t('day.drinkFree')}
        </label>
      )}
      <fieldset>
        <legend>{t('day.mood')}</legend>
        <div className="chips">
          {MOODS.map((value) => (
            <label key={value} className="chip">
              <input type="radio" name="mood" checked={mood === value} onChange={() => setMood(value)} />
              {t(`day.mood.${value}` satisfies MessageKey)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('day.context')}</legend>
        <div className="chips">
          {CONTEXT_TAGS.map((tag) => (
            <label key={tag} className="chip">
              <input type="checkbox" checked={tags.includes(tag)} onChange={() => toggleTag(tag)} />
              {t(`day.tag.${tag}` satisfies MessageKey)}
            </label>
          ))}
        </div>
      </fieldset>
      {importedTags.length === 0 ? null : (
        <fieldset>
          <legend>{t('oze.tagsLegend')}</legend>
          <div className="chips">
            {importedTags.map((tag) => {
              const label = importedTagLabel(tag);
              return (
                <label key={tag} className="chip">
                  <input type="checkbox" checked={tags.includes(tag)} onChange={() => toggleTag(tag)} />
                  {'key' in label ? t(label.key) : label.text}
                </label>
              );
            })}
          </div>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor="day-note">{t('day.note')}</label>
        <span className="field-hint" id="day-note-hint">
          {t('day.noteHint')}
        </span>
        <textarea
          id="day-note"
          aria-describedby="day-note-hint"
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary button-block">
        {t('day.save')}
      </button>
    </form>
  );
}
