import { addDays, wellbeingDue, type IsoDate } from '@oz/core';
import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import { useStored } from '../../storage/changes.js';
import {
  allWellbeingAssessments,
  postponeWellbeingPrompt,
  wellbeingPromptPostponedUntil,
} from '../../storage/wellbeing.js';
import { useBadges } from '../badges/loadBadges.js';
import { nameKey, useBadgeText } from '../badges/messages.js';
import { NormativeCard } from '../normative/NormativeCard.js';
import { useWellbeingText } from './messages.js';

/*
 * The diary home's quality-of-life notices, a lazy chunk so the home stays light: a gentle "new badge" word,
 * the WHO-5 proposal at the start and every 4 weeks (« Plus tard » waits a week), and the normative
 * feedback once two weeks of diary are filled.
 */

/** « Plus tard » keeps the proposal quiet this many days (an Oz choice: gentle, never nagging). */
const POSTPONE_DAYS = 7;

function NewBadgeNotice(): ReactNode {
  const b = useBadgeText();
  const loaded = useBadges();
  if (loaded.status === 'loading' || loaded.value.unseen.length === 0) return null;
  const { unseen } = loaded.value;
  const newest = unseen[unseen.length - 1];
  return (
    <section
      className="notice notice-success"
      aria-labelledby="new-badge-title"
      data-testid="new-badge-notice"
    >
      <h2 id="new-badge-title">{b('noticeTitle', { count: unseen.length })}</h2>
      {newest === undefined ? null : <p>{b(nameKey(newest.family), { count: newest.count })}</p>}
      <Link to="/badges">{b('noticeLink')}</Link>
    </section>
  );
}

async function loadPrompt(day: IsoDate): Promise<'start' | 'four-weeks' | null> {
  const [history, postponedUntil] = await Promise.all([
    allWellbeingAssessments(),
    wellbeingPromptPostponedUntil(),
  ]);
  if (postponedUntil !== undefined && postponedUntil > day) return null;
  const due = wellbeingDue(history, day);
  return due.due ? due.reason : null;
}

function WellbeingPrompt(): ReactNode {
  const w = useWellbeingText();
  const day = today();
  const loaded = useStored(() => loadPrompt(day), `wellbeing-prompt:${day}`);
  if (loaded.status === 'loading' || loaded.value === null) return null;
  const first = loaded.value === 'start';
  return (
    <section className="card" aria-labelledby="wellbeing-prompt-title" data-testid="wellbeing-prompt">
      <h2 id="wellbeing-prompt-title">{first ? w('promptStartTitle') : w('promptAgainTitle')}</h2>
      <p>{first ? w('promptStartBody') : w('promptAgainBody')}</p>
      <div className="row">
        <Link to="/bien-etre" className="button button-primary">
          {w('promptGo')}
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => void postponeWellbeingPrompt(addDays(day, POSTPONE_DAYS))}
        >
          {w('promptLater')}
        </button>
      </div>
    </section>
  );
}

export default function WellbeingHomeNotices(): ReactNode {
  return (
    <>
      <NewBadgeNotice />
      <WellbeingPrompt />
      <NormativeCard />
    </>
  );
}
