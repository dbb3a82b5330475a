import { addDays, isIsoDate, type IsoDate } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { daysBetween, getDay, saveDay } from '../../storage/repositories.js';
import { PageTitle } from '../../ui/PageTitle.js';
import '../support.css';
import { ArticleBody } from '../articles/ArticleBody.js';
import { articleById } from '../articles/articles.js';
import { emptyDayLog } from '../diary/model.js';
import { useHarmText } from './messages.js';

/** Notes a coming party as the 'party' context tag of that day (kept with the day's other answers). */
async function notePlannedParty(date: IsoDate): Promise<void> {
  const day = (await getDay(date)) ?? emptyDayLog(date);
  if (!day.tags.includes('party')) await saveDay({ ...day, tags: [...day.tags, 'party'] });
}

function PlanParty(): ReactNode {
  const h = useHarmText();
  const { day } = useI18n();
  const toast = useToast();
  const first = today();
  const [date, setDate] = useState<string>(first);
  const [error, setError] = useState<string | null>(null);
  const coming = useStored(() => daysBetween(first, addDays(first, 60)), `parties-${first}`);
  const parties = coming.status === 'ready' ? coming.value.filter((d) => d.tags.includes('party')) : [];
  return (
    <form
      className="card"
      aria-labelledby="plan-party-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isIsoDate(date) || date < first) {
          setError(h('plan.error'));
          return;
        }
        setError(null);
        void notePlannedParty(date).then(() => toast.show(h('plan.saved', { date: day(date) })));
      }}
    >
      <h2 id="plan-party-title">{h('plan.title')}</h2>
      <p>{h('plan.body')}</p>
      <div className="field">
        <label htmlFor="party-date">{h('plan.date')}</label>
        <input
          id="party-date"
          type="date"
          min={first}
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      {error === null ? null : (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-block">
        {h('plan.save')}
      </button>
      {parties.length === 0 ? null : (
        <p className="small muted" style={{ marginTop: 'var(--space-3)' }}>
          {h('plan.upcoming', {
            dates: parties
              .map((p) => day(p.date, { weekday: 'long', day: 'numeric', month: 'long' }))
              .join(', '),
          })}
        </p>
      )}
    </form>
  );
}

/** Per-occasion harm-reduction advice (SPF / Alcool Info Service), and noting a coming party. */
export default function HarmReductionPage(): ReactNode {
  const { t } = useI18n();
  const h = useHarmText();
  const article = articleById('harm-reduction');
  return (
    <>
      <PageTitle>{t('route.harmReduction')}</PageTitle>
      <p>{h('page.intro')}</p>
      {article === undefined ? null : (
        <section className="card" aria-label={t('route.harmReduction')}>
          <ArticleBody article={article} />
        </section>
      )}
      <PlanParty />
    </>
  );
}
