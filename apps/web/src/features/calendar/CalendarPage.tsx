import { dayRecords, monthGrid, partsOf, type DayRecord, type IsoDate } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { DayMark, statusAttr, statusKey } from '../../ui/DayMark.js';
import { Icon } from '../../ui/icons.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { usePersonReperes } from '../../ui/usePersonReperes.js';
import { diaryOf } from '../diary/model.js';
import { primeDiaryRange, useDiaryRange } from '../diary/useDiary.js';

interface Month {
  readonly year: number;
  readonly month: number;
}

function shift({ year, month }: Month, by: number): Month {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function Legend(): ReactNode {
  return (
    <ul className="legend">
      {(['drink-free', 'within-guidelines', 'above-guidelines', 'not-filled'] as const).map((status) => (
        <li key={status}>
          <DayMark status={status} withText />
        </li>
      ))}
    </ul>
  );
}

function DayCell({
  record,
  inMonth,
  isToday,
}: {
  readonly record: DayRecord;
  readonly inMonth: boolean;
  readonly isToday: boolean;
}): ReactNode {
  const { t, day, drinks } = useI18n();
  return (
    <Link
      to={`/journal/jour/${record.date}`}
      className="calendar-day"
      data-status={statusAttr(record.status)}
      data-outside={!inMonth}
      aria-current={isToday ? 'date' : undefined}
      aria-label={t('calendar.dayLabel', {
        date: day(record.date),
        status: t(statusKey(record.status)),
        amount: drinks(record.standardDrinks),
        count: record.standardDrinks,
      })}
    >
      <span aria-hidden="true">{partsOf(record.date).day}</span>
      <DayMark status={record.status} />
    </Link>
  );
}

const monthOf = (date: IsoDate): Month => ({ year: partsOf(date).year, month: partsOf(date).month });

/** The days a month's grid shows, whole weeks around the month: the diary range it reads. */
function gridRange(grid: readonly (readonly IsoDate[])[], now: IsoDate): readonly [IsoDate, IsoDate] {
  return [grid[0]?.[0] ?? now, grid.at(-1)?.at(6) ?? now];
}

/**
 * Reads this month's days at boot, while the screen's chunk loads (main.tsx): the first commit then shows the
 * month, not a loading line that the month replaces (ADR 0010).
 */
export function prime(): Promise<void> {
  const now = today();
  const { year, month } = monthOf(now);
  return primeDiaryRange(...gridRange(monthGrid(year, month), now));
}

/** Month view: each day marked drink-free ✓ / within • / above ▲ (shape + words), tap to open it. */
export default function CalendarPage(): ReactNode {
  const { t, day } = useI18n();
  const { limits } = usePersonReperes();
  const now = today();
  const [month, setMonth] = useState<Month>(() => monthOf(now));
  const grid = monthGrid(month.year, month.month);
  const loaded = useDiaryRange(...gridRange(grid, now));
  const title = day(`${String(month.year)}-${String(month.month).padStart(2, '0')}-01`, {
    month: 'long',
    year: 'numeric',
  });
  const weekdays = (grid[0] ?? []).map((date) => day(date, { weekday: 'short' }));

  return (
    <>
      <PageTitle>{t('calendar.title')}</PageTitle>
      <div className="spread card calendar-nav">
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('calendar.previousMonth')}
          onClick={() => setMonth(shift(month, -1))}
        >
          <Icon name="back" />
        </button>
        <h2 aria-live="polite" className="calendar-month">
          {title}
        </h2>
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('calendar.nextMonth')}
          onClick={() => setMonth(shift(month, 1))}
        >
          <Icon name="chevron" />
        </button>
      </div>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        (() => {
          const records = dayRecords(diaryOf(loaded.value.entries, loaded.value.days), grid.flat(), limits);
          const byDate = new Map(records.map((record) => [record.date, record]));
          return (
            <table className="calendar">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {weekdays.map((name) => (
                    <th key={name} scope="col">
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.map((week) => (
                  <tr key={week[0]}>
                    {week.map((date) => {
                      const record = byDate.get(date);
                      return (
                        <td key={date}>
                          {record === undefined ? null : (
                            <DayCell
                              record={record}
                              inMonth={partsOf(date).month === month.month}
                              isToday={date === now}
                            />
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })()
      )}
      <Legend />
    </>
  );
}
