import {
  isAbove,
  isScreeningLevel,
  MAX_STANDARD_DRINKS_PER_WEEK,
  type InstrumentId,
  type ScreeningLevel,
} from '@oz/core';
import type { SharedData } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { WeeklyChart } from './WeeklyChart.js';

const INSTRUMENTS: Readonly<
  Record<NonNullable<SharedData['screenings']>[number]['instrument'], ProMessageKey>
> = {
  'audit-c': 'instrument.audit-c',
  audit: 'instrument.audit',
  face: 'instrument.face',
};

/** One message per level code of @oz/core: a level added there fails to compile here until it is worded. */
type LevelKey = { [Id in InstrumentId]: `level.${Id}.${ScreeningLevel<Id>}` }[InstrumentId];
type Worded<Key extends ProMessageKey> = Key;

function levelKey<Id extends InstrumentId>(instrument: Id, level: ScreeningLevel<Id>): Worded<LevelKey> {
  return `level.${instrument}.${level}` as LevelKey;
}

/** The level in words (as the person read it), or the raw code for a level this workspace does not know. */
function levelText(
  t: (key: ProMessageKey) => string,
  screening: { readonly instrument: InstrumentId; readonly level: string },
): string {
  return isScreeningLevel(screening.instrument, screening.level)
    ? t(levelKey(screening.instrument, screening.level))
    : screening.level;
}

/** What a person shares: weekly chart and its table (never a chart alone), then the screening history. */
export function SharedDataView({ data }: { readonly data: SharedData }): ReactNode {
  const { t, day, drinks } = useProI18n();
  const weeks = data.diaryWeeks ?? [];
  const screenings = data.screenings ?? [];
  return (
    <div className="stack">
      {data.diaryWeeks === undefined ? (
        <p className="muted small">{t('shared.noDiary')}</p>
      ) : weeks.length === 0 ? (
        <p className="muted small">{t('shared.noWeeks')}</p>
      ) : (
        <>
          <WeeklyChart weeks={weeks} />
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('shared.weeksCaption')}>
            <table className="pro-table">
              <caption>{t('shared.weeksCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('shared.weekOf')}</th>
                  <th scope="col" className="num">
                    {t('shared.total')}
                  </th>
                  <th scope="col" className="num">
                    {t('shared.drinkingDays')}
                  </th>
                  <th scope="col" className="num">
                    {t('shared.heaviest')}
                  </th>
                  <th scope="col" className="num">
                    {t('shared.logged')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...weeks].reverse().map((week) => (
                  <tr key={week.weekStart}>
                    <th scope="row">{day(week.weekStart)}</th>
                    <td className="num">
                      {drinks(week.standardDrinks)}
                      {isAbove(week.standardDrinks, MAX_STANDARD_DRINKS_PER_WEEK) ? (
                        <span className="small"> ▲ {t('shared.above')}</span>
                      ) : null}
                    </td>
                    <td className="num">{week.drinkingDays}</td>
                    <td className="num">{drinks(week.heaviestDayStandardDrinks)}</td>
                    <td className="num">{week.daysLogged} / 7</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {data.screenings === undefined ? (
        <p className="muted small">{t('shared.noScreening')}</p>
      ) : screenings.length === 0 ? (
        <p className="muted small">{t('shared.noScreenings')}</p>
      ) : (
        <table className="pro-table">
          <caption>{t('shared.screeningsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shared.date')}</th>
              <th scope="col">{t('shared.instrument')}</th>
              <th scope="col" className="num">
                {t('shared.score')}
              </th>
              <th scope="col">{t('shared.level')}</th>
            </tr>
          </thead>
          <tbody>
            {screenings.map((screening) => (
              <tr key={`${screening.instrument}-${screening.takenOn}-${String(screening.score)}`}>
                <th scope="row">{day(screening.takenOn)}</th>
                <td>{t(INSTRUMENTS[screening.instrument])}</td>
                <td className="num">{screening.score}</td>
                <td>{levelText(t, screening)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
