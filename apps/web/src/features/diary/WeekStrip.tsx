import type { DayRecord, IsoDate } from '@oz/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { DayMark, statusAttr, statusKey } from '../../ui/DayMark.js';

/**
 * One day of the strip: a component of its own, so that React can yield to the browser between two days of
 * the home's first render (the strip rendered at once made one long task on a slow phone, ADR 0010).
 */
function WeekDay({ record, isToday }: { readonly record: DayRecord; readonly isToday: boolean }): ReactNode {
  const { t, day, drinks } = useI18n();
  return (
    <li style={{ border: 0 }}>
      <Link
        to={`/journal/jour/${record.date}`}
        className="calendar-day"
        data-status={statusAttr(record.status)}
        aria-current={isToday ? 'date' : undefined}
      >
        {/* The visible letter and mark are shorthand; the name read aloud is the full sentence. */}
        <span aria-hidden="true">{day(record.date, { weekday: 'narrow' })}</span>
        <span aria-hidden="true">
          <DayMark status={record.status} />
        </span>
        <span className="visually-hidden">
          {t('calendar.dayLabel', {
            date: day(record.date),
            status: t(statusKey(record.status)),
            amount: drinks(record.standardDrinks),
            count: record.standardDrinks,
          })}
        </span>
      </Link>
    </li>
  );
}

/** The 7 days of the week, each a link to its day page, marked by shape and described in words. */
export function WeekStrip({
  records,
  today,
}: {
  readonly records: readonly DayRecord[];
  readonly today: IsoDate;
}): ReactNode {
  return (
    <ol className="list" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 4 }}>
      {records.map((record) => (
        <WeekDay key={record.date} record={record} isToday={record.date === today} />
      ))}
    </ol>
  );
}
