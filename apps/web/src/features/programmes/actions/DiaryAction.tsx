import { addDays, type IsoDate } from '@oz/core';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { today } from '../../../app/clock.js';
import { Link } from '../../../app/Link.js';
import { useStored } from '../../../storage/changes.js';
import { daysBetween, entriesBetween } from '../../../storage/repositories.js';
import { useProgrammeText } from '../messages.js';

/** Something said about a day: a drink, or a day log (drink-free, mood, tags or a note). */
async function filledSince(from: IsoDate, to: IsoDate): Promise<boolean> {
  const [entries, days] = await Promise.all([entriesBetween(from, to), daysBetween(from, to)]);
  return (
    entries.length > 0 ||
    days.some((day) => day.drinkFree || day.mood !== null || day.tags.length > 0 || day.note.trim() !== '')
  );
}

/** « Fill in the diary »: done once the diary says something about yesterday or today. */
export function DiaryAction(props: { readonly onDone: () => void }): ReactNode {
  const p = useProgrammeText();
  const now = today();
  const yesterday = addDays(now, -1);
  const filled = useStored(() => filledSince(yesterday, now), `programme-diary:${now}`);
  const done = filled.status === 'ready' && filled.value;
  const { onDone } = props;
  useEffect(() => {
    if (done) onDone();
  }, [done, onDone]);
  return (
    <>
      <p>{p('diary.prompt')}</p>
      <div className="row">
        <Link to={`/journal/jour/${now}`} className="button">
          {p('diary.today')}
        </Link>
        <Link to={`/journal/jour/${yesterday}`} className="button">
          {p('diary.yesterday')}
        </Link>
      </div>
      {filled.status === 'ready' ? (
        <p className={done ? 'notice notice-success' : 'muted'} aria-live="polite">
          {p(done ? 'diary.filled' : 'diary.notYet')}
        </p>
      ) : null}
    </>
  );
}
