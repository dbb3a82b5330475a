import type { DiaryWeekSummary, SharedScreening } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';

const INSTRUMENT_NAMES: Readonly<Record<SharedScreening['instrument'], MessageKey>> = {
  'audit-c': 'share.instrument.audit-c',
  audit: 'share.instrument.audit',
  face: 'share.instrument.face',
};

/** Exactly what leaves the device, in words and a table (never a chart alone). */
export function SharedDataSummary(props: {
  readonly screenings: readonly SharedScreening[];
  readonly weeks: readonly DiaryWeekSummary[];
}): ReactNode {
  const { t, day, drinks } = useI18n();
  return (
    <div className="stack">
      {props.screenings.length === 0 ? null : (
        <ul className="small">
          {props.screenings.map((screening) => (
            <li key={`${screening.instrument}-${screening.takenOn}`}>
              {t('share.screeningLine', {
                instrument: t(INSTRUMENT_NAMES[screening.instrument]),
                score: screening.score,
                date: day(screening.takenOn, { day: 'numeric', month: 'long', year: 'numeric' }),
              })}
            </li>
          ))}
        </ul>
      )}
      {props.weeks.length === 0 ? null : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('share.weeksCaption')}>
          <table className="data-table small">
            <caption className="visually-hidden">{t('share.weeksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('share.weekOf')}</th>
                <th scope="col" className="num">
                  {t('share.weekTotal')}
                </th>
                <th scope="col" className="num">
                  {t('share.weekDrinkingDays')}
                </th>
                <th scope="col" className="num">
                  {t('share.weekHeaviest')}
                </th>
                <th scope="col" className="num">
                  {t('share.weekLogged')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.weeks.map((week) => (
                <tr key={week.weekStart}>
                  <th scope="row">{day(week.weekStart, { day: 'numeric', month: 'short' })}</th>
                  <td className="num">{drinks(week.standardDrinks)}</td>
                  <td className="num">{week.drinkingDays}</td>
                  <td className="num">{drinks(week.heaviestDayStandardDrinks)}</td>
                  <td className="num">{week.daysLogged} / 7</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
