import { daysBetween, isoDate, type IsoDate } from '@oz/core';
import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { currentPlatform, pushSupportOf } from './platform.js';
import { answerReminderOffer, getLocalReminder, noteFirstUse } from './store.js';

/*
 * The one-time offer of reminders on the diary home (issue 11), after the first week of use: a daily evening
 * reminder tripled app opening in the Drink Less trial (Bell et al., JMIR mHealth uHealth 2023; see
 * docs/clinical-rules.md). Offered once: either answer ends it, and a person who already set reminders, or
 * whose browser cannot receive them at all, never sees it.
 */

/** Days of use before the offer: « après la première semaine » (issue 11). */
export const REMINDER_OFFER_AFTER_DAYS = 7;

/** Whether to show the offer today, given the first day of use (noted on the first visit to the home). */
export function reminderOfferDue(firstUseOn: IsoDate, day: IsoDate, answered: boolean): boolean {
  return !answered && daysBetween(firstUseOn, day) >= REMINDER_OFFER_AFTER_DAYS;
}

async function loadOffer(day: IsoDate): Promise<boolean> {
  if (pushSupportOf(currentPlatform()) === 'unsupported') return false;
  const [offer, reminder] = await Promise.all([noteFirstUse(day), getLocalReminder()]);
  if (reminder !== null) return false;
  return reminderOfferDue(isoDate(offer.firstUseOn), day, offer.answeredAt !== null);
}

export default function ReminderOffer(): ReactNode {
  const { t } = useI18n();
  const day = today();
  const loaded = useStored(() => loadOffer(day), `reminder-offer:${day}`);
  if (loaded.status === 'loading' || !loaded.value) return null;
  const answer = (): void => void answerReminderOffer(new Date());
  return (
    <section className="card" aria-labelledby="reminder-offer-title" data-testid="reminder-offer">
      <h2 id="reminder-offer-title">{t('reminders.offerTitle')}</h2>
      <p>{t('reminders.offerBody')}</p>
      <div className="row">
        <Link to="/reglages" className="button button-primary" onClick={answer}>
          {t('reminders.offerYes')}
        </Link>
        <button type="button" className="button" onClick={answer}>
          {t('reminders.offerNo')}
        </button>
      </div>
    </section>
  );
}
