import {
  addDays,
  dayRecords,
  daysOfWeek,
  drinkFreeStreaks,
  evaluateGoalWeek,
  gains,
  GRAMS_PER_STANDARD_DRINK,
  isAbove,
  isFilled,
  isoDate,
  MAX_STANDARD_DRINKS_PER_DAY,
  MAX_STANDARD_DRINKS_PER_WEEK,
  weeklyReport,
  WEEKDAYS,
  type IsoDate,
} from '@oz/core';
import type { I18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { levelKey } from '../screening/ResultSummary.js';
import { instrumentName, maxOf } from '../screening/instruments.js';
import { diaryOf } from '../diary/model.js';
import type { GoalRecord } from '../../storage/types.js';
import type { CravingForReport, ReportData } from './reportData.js';
import type { ReportSection } from './reportDocument.js';
import type { ReportPeriod } from './reportModel.js';

/** Any Monday: its week gives each weekday's name in the person's language. */
const A_MONDAY = isoDate('2024-01-01');

const numericColumns = (count: number, first = false): boolean[] =>
  Array.from({ length: count }, (_, index) => index > 0 || first);

export function screeningsSection(data: ReportData, i18n: I18n): ReportSection {
  const { t, dateTime, locale } = i18n;
  const rows = [...data.screenings]
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt))
    .map((record) => [
      dateTime(new Date(record.takenAt), { dateStyle: 'medium' }),
      instrumentName(record.instrument, locale),
      record.total === null
        ? t('report.noScore')
        : t('report.score', { score: record.total, max: maxOf(record.instrument) }),
      t(levelKey(record, 'label')),
    ]);
  return {
    id: 'screenings',
    title: t('report.screeningsTitle'),
    blocks:
      rows.length === 0
        ? [{ kind: 'paragraph', text: t('report.screeningsNone') }]
        : [
            {
              kind: 'table',
              table: {
                caption: t('report.screeningsCaption'),
                columns: [
                  t('report.colDate'),
                  t('report.colQuestionnaire'),
                  t('report.colScore'),
                  t('report.colResult'),
                ],
                rows,
                numeric: [false, false, true, false],
              },
            },
          ],
  };
}

export function consumptionSection(data: ReportData, period: ReportPeriod, i18n: I18n): ReportSection {
  const { t, day, drinks, number } = i18n;
  const diary = diaryOf(data.entries, data.days);
  const weeks = period.mondays.map((monday) => ({
    report: weeklyReport(data.entries, monday),
    filled: dayRecords(
      diary,
      daysOfWeek(monday).filter((date) => date <= period.to),
    ).filter(isFilled).length,
  }));
  const above = weeks.filter(({ report }) =>
    isAbove(report.totalStandardDrinks, MAX_STANDARD_DRINKS_PER_WEEK),
  );
  const shortDay = (date: string): string => day(date, { day: 'numeric', month: 'numeric' });
  return {
    id: 'consumption',
    title: t('report.consumptionTitle'),
    blocks: [
      {
        kind: 'paragraph',
        text: t('report.reperes', { week: MAX_STANDARD_DRINKS_PER_WEEK, day: MAX_STANDARD_DRINKS_PER_DAY }),
      },
      {
        kind: 'chart',
        chart: {
          title: t('report.chartTitle', { count: weeks.length }),
          bars: weeks.map(({ report }) => ({
            label: shortDay(report.weekStart),
            value: report.totalStandardDrinks,
            above: isAbove(report.totalStandardDrinks, MAX_STANDARD_DRINKS_PER_WEEK),
          })),
          limit: MAX_STANDARD_DRINKS_PER_WEEK,
          limitLabel: t('report.chartLimit', { limit: MAX_STANDARD_DRINKS_PER_WEEK }),
        },
      },
      {
        kind: 'paragraph',
        text: t('report.weeksAbove', {
          count: above.length,
          total: weeks.length,
          limit: MAX_STANDARD_DRINKS_PER_WEEK,
        }),
      },
      {
        kind: 'table',
        table: {
          caption: t('report.weeksCaption'),
          columns: [
            t('report.colWeek'),
            t('report.colDrinks'),
            t('report.colGrams'),
            t('report.colDaysAbove', { day: MAX_STANDARD_DRINKS_PER_DAY }),
            t('report.colDrinkFree'),
            t('report.colFilled'),
          ],
          rows: weeks.map(({ report, filled }) => [
            day(report.weekStart, { day: 'numeric', month: 'short' }),
            drinks(report.totalStandardDrinks),
            number(report.totalStandardDrinks * GRAMS_PER_STANDARD_DRINK, { maximumFractionDigits: 0 }),
            String(report.daysOverDailyLimit),
            String(report.drinkFreeDays),
            `${String(filled)}/7`,
          ]),
          numeric: numericColumns(6),
        },
      },
      { kind: 'paragraph', text: t('report.unfilledNote'), muted: true },
    ],
  };
}

function describeGoal(goal: GoalRecord, i18n: I18n): string {
  const { t, drinks, day } = i18n;
  const parts = [t('report.goalWeekMax', { max: drinks(goal.maxStandardDrinksPerWeek) })];
  if (goal.maxStandardDrinksPerDrinkingDay < goal.maxStandardDrinksPerWeek) {
    parts.push(t('report.goalDayMax', { max: drinks(goal.maxStandardDrinksPerDrinkingDay) }));
  }
  if (goal.drinkFreeWeekdays.length > 0) {
    const names = goal.drinkFreeWeekdays.map((weekday) =>
      day(addDays(A_MONDAY, WEEKDAYS.indexOf(weekday)), { weekday: 'long' }),
    );
    parts.push(t('report.goalFreeDays', { days: names.join(', ') }));
  }
  return parts.join(', ');
}

export function goalsSection(
  data: ReportData,
  period: ReportPeriod,
  today: IsoDate,
  i18n: I18n,
): ReportSection {
  const { t, day, drinks } = i18n;
  const diary = diaryOf(data.entries, data.days);
  const goalFor = (monday: IsoDate): GoalRecord | undefined =>
    data.goals.find((goal) => goal.startsOn <= monday);
  const weeks = period.mondays.flatMap((monday) => {
    const goal = goalFor(monday);
    return goal === undefined
      ? []
      : [{ goal, evaluation: evaluateGoalWeek(goal, { ...diary, weekStart: monday, today }) }];
  });
  const current = data.goals[0];
  if (weeks.length === 0 || current === undefined) {
    return {
      id: 'goals',
      title: t('report.goalsTitle'),
      blocks: [{ kind: 'paragraph', text: t('report.goalsNone') }],
    };
  }
  const achieved = weeks.filter(({ evaluation }) => evaluation.status === 'achieved').length;
  return {
    id: 'goals',
    title: t('report.goalsTitle'),
    blocks: [
      { kind: 'paragraph', text: t('report.goalCurrent', { goal: describeGoal(current, i18n) }) },
      { kind: 'paragraph', text: t('report.goalsAchieved', { count: achieved, total: weeks.length }) },
      {
        kind: 'table',
        table: {
          caption: t('report.goalsTitle'),
          columns: [t('report.colWeek'), t('report.colGoal'), t('report.colDrinks'), t('report.colOutcome')],
          rows: weeks.map(({ goal, evaluation }) => [
            day(evaluation.weekStart, { day: 'numeric', month: 'short' }),
            `≤ ${drinks(goal.maxStandardDrinksPerWeek)}`,
            drinks(evaluation.totalStandardDrinks),
            t(`goals.status.${evaluation.status}` satisfies MessageKey),
          ]),
          numeric: [false, true, true, false],
        },
      },
    ],
  };
}

export function gainsSection(data: ReportData, period: ReportPeriod, i18n: I18n): ReportSection {
  const { t, drinks, euros, number } = i18n;
  const diary = diaryOf(data.entries, data.days);
  const typical = data.preferences.typicalWeek;
  const drinkFree = data.days.filter(
    (log) => log.drinkFree && log.date >= period.from && log.date <= period.to,
  );
  const streaks = drinkFreeStreaks(diary, period.to);
  const blocks: ReportSection['blocks'][number][] = [];
  if (typical === null) {
    blocks.push({ kind: 'paragraph', text: t('report.gainsNoBaseline') });
  } else {
    const result = gains(typical, { ...diary, from: period.from, to: period.to });
    blocks.push({
      kind: 'list',
      items: [
        t('report.gainsDrinks', { value: drinks(result.avoided.standardDrinks) }),
        t('report.gainsMoney', { value: euros(result.avoided.euros) }),
        t('report.gainsKcal', { value: number(result.avoided.kcal, { maximumFractionDigits: 0 }) }),
      ],
    });
  }
  blocks.push(
    { kind: 'paragraph', text: t('report.drinkFreeDays', { count: drinkFree.length }) },
    { kind: 'paragraph', text: t('report.longestStreak', { count: streaks.longest.days }) },
  );
  return { id: 'gains', title: t('report.gainsTitle'), blocks };
}

/** The diary's context tags: cravings use the same situation ids (support feature). */
const SITUATION_KEYS: Readonly<Record<string, MessageKey>> = {
  home: 'day.tag.home',
  friends: 'day.tag.friends',
  family: 'day.tag.family',
  work: 'day.tag.work',
  party: 'day.tag.party',
  meal: 'day.tag.meal',
  alone: 'day.tag.alone',
  stress: 'day.tag.stress',
  bored: 'day.tag.bored',
  celebration: 'day.tag.celebration',
};

export function cravingsSection(
  all: readonly CravingForReport[],
  period: ReportPeriod,
  i18n: I18n,
): ReportSection {
  const { t, number } = i18n;
  const cravings = all.filter((craving) => craving.date >= period.from && craving.date <= period.to);
  if (cravings.length === 0) {
    return {
      id: 'cravings',
      title: t('report.cravingsTitle'),
      blocks: [{ kind: 'paragraph', text: t('report.cravingsNone') }],
    };
  }
  const intensity = cravings.reduce((sum, craving) => sum + craving.intensity, 0) / cravings.length;
  const counts = new Map<string, number>();
  for (const { situation } of cravings) {
    const key = situation === null ? undefined : SITUATION_KEYS[situation];
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const items = [
    t('report.cravingsCount', {
      count: cravings.length,
      intensity: number(intensity, { maximumFractionDigits: 1 }),
    }),
    t('report.cravingsResisted', {
      resisted: cravings.filter((craving) => !craving.drank).length,
      count: cravings.length,
    }),
  ];
  if (top.length > 0) {
    items.push(
      t('report.cravingsSituations', { situations: top.map(([key]) => t(key as MessageKey)).join(', ') }),
    );
  }
  return { id: 'cravings', title: t('report.cravingsTitle'), blocks: [{ kind: 'list', items }] };
}

export function notesSection(data: ReportData, period: ReportPeriod, i18n: I18n): ReportSection {
  const { t, day } = i18n;
  const notes = data.days
    .filter((log) => log.note.trim() !== '' && log.date >= period.from && log.date <= period.to)
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: 'notes',
    title: t('report.notesTitle'),
    blocks:
      notes.length === 0
        ? [{ kind: 'paragraph', text: t('report.notesNone') }]
        : [
            {
              kind: 'table',
              table: {
                caption: t('report.notesTitle'),
                columns: [t('report.colDate'), t('report.colNote')],
                rows: notes.map((log) => [
                  day(log.date, { day: 'numeric', month: 'short' }),
                  log.note.trim(),
                ]),
                numeric: [false, false],
              },
            },
          ],
  };
}
