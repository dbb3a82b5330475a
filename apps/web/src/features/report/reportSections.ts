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
import type { ReportI18n } from './reportI18n.js';
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

export function screeningsSection(data: ReportData, i18n: ReportI18n): ReportSection {
  const { t, r, dateTime, locale } = i18n;
  const rows = [...data.screenings]
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt))
    .map((record) => [
      dateTime(new Date(record.takenAt), { dateStyle: 'medium' }),
      instrumentName(record.instrument, locale),
      record.total === null
        ? r('report.noScore')
        : r('report.score', { score: record.total, max: maxOf(record.instrument) }),
      t(levelKey(record, 'label')),
    ]);
  return {
    id: 'screenings',
    title: r('report.screeningsTitle'),
    blocks:
      rows.length === 0
        ? [{ kind: 'paragraph', text: r('report.screeningsNone') }]
        : [
            {
              kind: 'table',
              table: {
                caption: r('report.screeningsCaption'),
                columns: [
                  r('report.colDate'),
                  r('report.colQuestionnaire'),
                  r('report.colScore'),
                  r('report.colResult'),
                ],
                rows,
                numeric: [false, false, true, false],
              },
            },
          ],
  };
}

export function consumptionSection(data: ReportData, period: ReportPeriod, i18n: ReportI18n): ReportSection {
  const { r, day, drinks, number } = i18n;
  const diary = diaryOf(data.entries, data.days);
  const weeks = period.mondays.map((monday) => {
    const records = dayRecords(
      diary,
      daysOfWeek(monday).filter((date) => date <= period.to),
    );
    return {
      report: weeklyReport(data.entries, monday),
      filled: records.filter(isFilled).length,
      // Declared drink-free only: an unfilled day is not known to be without alcohol.
      drinkFree: records.filter((record) => record.status === 'drink-free').length,
    };
  });
  const above = weeks.filter(({ report }) =>
    isAbove(report.totalStandardDrinks, MAX_STANDARD_DRINKS_PER_WEEK),
  );
  const shortDay = (date: string): string => day(date, { day: 'numeric', month: 'numeric' });
  return {
    id: 'consumption',
    title: r('report.consumptionTitle'),
    blocks: [
      {
        kind: 'paragraph',
        text: r('report.reperes', { week: MAX_STANDARD_DRINKS_PER_WEEK, day: MAX_STANDARD_DRINKS_PER_DAY }),
      },
      {
        kind: 'chart',
        chart: {
          title: r('report.chartTitle', { count: weeks.length }),
          bars: weeks.map(({ report }) => ({
            label: shortDay(report.weekStart),
            value: report.totalStandardDrinks,
            above: isAbove(report.totalStandardDrinks, MAX_STANDARD_DRINKS_PER_WEEK),
          })),
          limit: MAX_STANDARD_DRINKS_PER_WEEK,
          limitLabel: r('report.chartLimit', { limit: MAX_STANDARD_DRINKS_PER_WEEK }),
        },
      },
      {
        kind: 'paragraph',
        text: r('report.weeksAbove', {
          count: above.length,
          total: weeks.length,
          limit: MAX_STANDARD_DRINKS_PER_WEEK,
        }),
      },
      {
        kind: 'table',
        table: {
          caption: r('report.weeksCaption'),
          columns: [
            r('report.colWeek'),
            r('report.colDrinks'),
            r('report.colGrams'),
            r('report.colDaysAbove', { day: MAX_STANDARD_DRINKS_PER_DAY }),
            r('report.colDrinkFree'),
            r('report.colFilled'),
          ],
          rows: weeks.map(({ report, filled, drinkFree }) => [
            day(report.weekStart, { day: 'numeric', month: 'short' }),
            drinks(report.totalStandardDrinks),
            number(report.totalStandardDrinks * GRAMS_PER_STANDARD_DRINK, { maximumFractionDigits: 0 }),
            String(report.daysOverDailyLimit),
            String(drinkFree),
            `${String(filled)}/7`,
          ]),
          numeric: numericColumns(6),
        },
      },
      { kind: 'paragraph', text: r('report.unfilledNote'), muted: true },
    ],
  };
}

function describeGoal(goal: GoalRecord, i18n: ReportI18n): string {
  const { r, drinks, day } = i18n;
  const parts = [r('report.goalWeekMax', { max: drinks(goal.maxStandardDrinksPerWeek) })];
  if (goal.maxStandardDrinksPerDrinkingDay < goal.maxStandardDrinksPerWeek) {
    parts.push(r('report.goalDayMax', { max: drinks(goal.maxStandardDrinksPerDrinkingDay) }));
  }
  if (goal.drinkFreeWeekdays.length > 0) {
    const names = goal.drinkFreeWeekdays.map((weekday) =>
      day(addDays(A_MONDAY, WEEKDAYS.indexOf(weekday)), { weekday: 'long' }),
    );
    parts.push(r('report.goalFreeDays', { days: names.join(', ') }));
  }
  return parts.join(', ');
}

export function goalsSection(
  data: ReportData,
  period: ReportPeriod,
  today: IsoDate,
  i18n: ReportI18n,
): ReportSection {
  const { t, r, day, drinks } = i18n;
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
      title: r('report.goalsTitle'),
      blocks: [{ kind: 'paragraph', text: r('report.goalsNone') }],
    };
  }
  const achieved = weeks.filter(({ evaluation }) => evaluation.status === 'achieved').length;
  return {
    id: 'goals',
    title: r('report.goalsTitle'),
    blocks: [
      { kind: 'paragraph', text: r('report.goalCurrent', { goal: describeGoal(current, i18n) }) },
      { kind: 'paragraph', text: r('report.goalsAchieved', { count: achieved, total: weeks.length }) },
      {
        kind: 'table',
        table: {
          caption: r('report.goalsTitle'),
          columns: [r('report.colWeek'), r('report.colGoal'), r('report.colDrinks'), r('report.colOutcome')],
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

export function gainsSection(data: ReportData, period: ReportPeriod, i18n: ReportI18n): ReportSection {
  const { r, drinks, euros, number } = i18n;
  const diary = diaryOf(data.entries, data.days);
  const typical = data.preferences.typicalWeek;
  const drinkFree = data.days.filter(
    (log) => log.drinkFree && log.date >= period.from && log.date <= period.to,
  );
  const streaks = drinkFreeStreaks(diary, period.to);
  const blocks: ReportSection['blocks'][number][] = [];
  if (typical === null) {
    blocks.push({ kind: 'paragraph', text: r('report.gainsNoBaseline') });
  } else {
    const result = gains(typical, { ...diary, from: period.from, to: period.to });
    blocks.push({
      kind: 'list',
      items: [
        r('report.gainsDrinks', { value: drinks(result.avoided.standardDrinks) }),
        r('report.gainsMoney', { value: euros(result.avoided.euros) }),
        r('report.gainsKcal', { value: number(result.avoided.kcal, { maximumFractionDigits: 0 }) }),
      ],
    });
  }
  blocks.push(
    { kind: 'paragraph', text: r('report.drinkFreeDays', { count: drinkFree.length }) },
    { kind: 'paragraph', text: r('report.longestStreak', { count: streaks.longest.days }) },
  );
  return { id: 'gains', title: r('report.gainsTitle'), blocks };
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
  i18n: ReportI18n,
): ReportSection {
  const { t, r, number } = i18n;
  const cravings = all.filter((craving) => craving.date >= period.from && craving.date <= period.to);
  if (cravings.length === 0) {
    return {
      id: 'cravings',
      title: r('report.cravingsTitle'),
      blocks: [{ kind: 'paragraph', text: r('report.cravingsNone') }],
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
    r('report.cravingsCount', {
      count: cravings.length,
      intensity: number(intensity, { maximumFractionDigits: 1 }),
    }),
    r('report.cravingsResisted', {
      resisted: cravings.filter((craving) => !craving.drank).length,
      count: cravings.length,
    }),
  ];
  if (top.length > 0) {
    items.push(
      r('report.cravingsSituations', { situations: top.map(([key]) => t(key as MessageKey)).join(', ') }),
    );
  }
  return { id: 'cravings', title: r('report.cravingsTitle'), blocks: [{ kind: 'list', items }] };
}

export function notesSection(data: ReportData, period: ReportPeriod, i18n: ReportI18n): ReportSection {
  const { r, day } = i18n;
  const notes = data.days
    .filter((log) => log.note.trim() !== '' && log.date >= period.from && log.date <= period.to)
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: 'notes',
    title: r('report.notesTitle'),
    blocks:
      notes.length === 0
        ? [{ kind: 'paragraph', text: r('report.notesNone') }]
        : [
            {
              kind: 'table',
              table: {
                caption: r('report.notesTitle'),
                columns: [r('report.colDate'), r('report.colNote')],
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
