import {
  addDays,
  dayRecords,
  isHeavyDrinkingDay,
  weeklyReport,
  weekStart,
  type IsoDate,
  type WeekGuidelineStatus,
} from '@oz/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import { useComponentsWhenIdle, type ComponentChunk } from '../../app/useComponentsWhenIdle.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Icon } from '../../ui/icons.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { usePersonReperes } from '../../ui/usePersonReperes.js';
import { ZeroRepereNotice } from '../../ui/ZeroRepereNotice.js';
import { DeclareDrinkFree } from './DeclareDrinkFree.js';
import { EntryList } from './EntryList.js';
import { diaryOf } from './model.js';
import { TotalCard } from './TotalCard.js';
import { primeDiaryRange, useDiaryRange, type DiaryRange } from './useDiary.js';
import { WeekStrip } from './WeekStrip.js';

// The live recommendation card and the first days of a break (issue 8): a lazy chunk, requested by the home's
// first render, so that it shows as soon as it can.
const loadSafetyNotices = () => import('../recommendation/HomeSafetyNotices.js');
const HomeSafetyNotices = lazy(loadSafetyNotices);

/** Settles once the safety notices' chunk is there (or cannot come): no notice shares the network with it. */
const afterSafetyNotices = (): Promise<void> =>
  loadSafetyNotices().then(
    () => undefined,
    () => undefined,
  );

/**
 * The notices that are not about safety, in the order they show, each a chunk loaded and mounted in an idle
 * period of its own once the home is on screen and the safety notices' chunk has come (ADR 0010): support
 * notices (harm reduction, plan suggestion, quick test to resume); new badge, quality-of-life proposal and
 * normative feedback (features/wellbeing); the one-time offer of reminders.
 */
const LATER_NOTICES: readonly ComponentChunk[] = [
  () => afterSafetyNotices().then(() => import('../harm-reduction/HomeNotices.js')),
  () => import('../wellbeing/HomeNotices.js'),
  () => import('../reminders/ReminderOffer.js'),
];

/** Blank days are unknown: a week is only « dans les repères » when a drink-free day was noted (core). */
const WEEK_TEXT = {
  within: 'diary.weekWithin',
  above: 'diary.weekAbove',
  unknown: 'diary.weekSoFar',
} as const satisfies Record<WeekGuidelineStatus, string>;

/** The week the home shows: Monday to Sunday around `day`. */
function weekAround(day: IsoDate): readonly [IsoDate, IsoDate] {
  const monday = weekStart(day);
  return [monday, addDays(monday, 6)];
}

/**
 * Reads this week at boot, while the screen's chunk loads (main.tsx): the home's first commit then replaces the
 * prerendered view with the week's numbers, not with a loading line (ADR 0010).
 */
export function prime(): Promise<void> {
  return primeDiaryRange(...weekAround(today()));
}

/**
 * The home below its title: a component of its own, so that React can yield to the browser between the title
 * and the week's numbers in the home's first render (one component rendering all of it made a long task on a
 * slow phone, ADR 0010).
 */
function HomeBody(props: {
  readonly range: DiaryRange;
  readonly day: IsoDate;
  readonly monday: IsoDate;
}): ReactNode {
  const { t } = useI18n();
  const { range, day, monday } = props;
  const { limits, zeroReason } = usePersonReperes();
  const laterNotices = useComponentsWhenIdle(LATER_NOTICES);
  const limitLabel = (limit: number, key: 'diary.dayLimit' | 'diary.weekLimit'): string =>
    zeroReason === null ? t(key, { limit }) : t('diary.zeroLimit');
  const { entries, days } = range;
  const diary = diaryOf(entries, days);
  const report = weeklyReport(diary, monday, limits);
  const records = dayRecords(diary, report.days, limits);
  const todayRecord = records.find((record) => record.date === day);
  const todayEntries = entries.filter((entry) => entry.date === day);
  const todayDrinks = todayRecord?.standardDrinks ?? 0;
  return (
    <>
      <div className="totals" style={{ marginBottom: 'var(--space-4)' }}>
        <TotalCard
          label={t('diary.today')}
          value={todayDrinks}
          limit={limits.maxPerDay}
          limitLabel={limitLabel(limits.maxPerDay, 'diary.dayLimit')}
          testId="today-total"
        />
        <TotalCard
          label={t('diary.thisWeek')}
          value={report.totalStandardDrinks}
          limit={limits.maxPerWeek}
          limitLabel={limitLabel(limits.maxPerWeek, 'diary.weekLimit')}
          testId="week-total"
        />
      </div>
      {zeroReason !== null && report.totalStandardDrinks > 0 ? (
        <ZeroRepereNotice reason={zeroReason} />
      ) : null}
      <div className="stack" style={{ marginBottom: 'var(--space-5)' }}>
        <Link to="/journal/ajouter" className="button button-primary button-large">
          <Icon name="plus" />
          {t('diary.add')}
        </Link>
        {todayEntries.length === 0 ? <DeclareDrinkFree date={day} record={todayRecord} /> : null}
        <Link to="/envie-de-boire" className="button button-block">
          {t('diary.cravingLink')}
        </Link>
      </div>
      <Suspense fallback={null}>
        <HomeSafetyNotices {...(isHeavyDrinkingDay(todayDrinks) ? { heavyDayDrinks: todayDrinks } : {})} />
      </Suspense>
      <section className="card" aria-labelledby="today-title">
        <div className="spread">
          <h2 id="today-title">{t('diary.todayEntries')}</h2>
          <Link to={`/journal/jour/${day}`}>{t('diary.openDay')}</Link>
        </div>
        <EntryList entries={todayEntries} empty={t('diary.noEntryToday')} />
      </section>
      <section className="card" aria-labelledby="week-title">
        <h2 id="week-title">{t('diary.weekTitle')}</h2>
        <WeekStrip records={records} today={day} />
        <p className="small muted" data-testid="week-verdict">
          {t(WEEK_TEXT[report.status])}
        </p>
      </section>
      {/* Notices that load late sit below the week: above today's card they shifted the layout (Lighthouse CLS
          0.095). The safety notices stay at the top, where they must be seen. */}
      {laterNotices.map((Notice, index) => (
        // The list only grows, in a fixed order: the index is the notice's identity.
        <Suspense key={index} fallback={null}>
          <Notice />
        </Suspense>
      ))}
      <nav className="row" aria-label={t('diary.moreLinks')}>
        <Link to="/programmes" className="button">
          {t('diary.programmesLink')}
        </Link>
        <Link to="/graphiques" className="button">
          {t('diary.seeCharts')}
        </Link>
        <Link to="/gains" className="button">
          {t('diary.seeGains')}
        </Link>
        <Link to="/parler-a-un-professionnel" className="button">
          {t('route.contact')}
        </Link>
      </nav>
    </>
  );
}

/** Home: today and this week against the repères, one tap to log a drink, one tap to craving help. */
export default function DiaryHome(): ReactNode {
  const { t, day: formatDay } = useI18n();
  const day = today();
  const [monday, sunday] = weekAround(day);
  const loaded = useDiaryRange(monday, sunday);
  return (
    <>
      <PageTitle>{t('diary.title')}</PageTitle>
      <p className="muted">
        {t('diary.dateLine', { date: formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' }) })}
      </p>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <HomeBody range={loaded.value} day={day} monday={monday} />
      )}
    </>
  );
}
