import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { usePreferences } from '../../app/preferences.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { loadGains, type GainsView } from './gainsModel.js';
import { TypicalWeekForm } from './TypicalWeekForm.js';

function Figure({ value, label }: { readonly value: string; readonly label: string }): ReactNode {
  return (
    <div className="total">
      <span className="total-value">{value}</span>
      <span className="total-label">{label}</span>
    </div>
  );
}

function GainFigures({ view }: { readonly view: GainsView }): ReactNode {
  const { t, euros, number, drinks } = useI18n();
  const { sinceStart, streaks } = view;
  return (
    <>
      <section className="card" aria-labelledby="streak-title">
        <h2 id="streak-title">{t('gains.daysTitle')}</h2>
        <div className="totals">
          <Figure
            value={number(streaks.totalDrinkFreeDays)}
            label={t('gains.drinkFreeDays', { count: streaks.totalDrinkFreeDays })}
          />
          <Figure
            value={number(streaks.current.days)}
            label={t('gains.currentStreak', { count: streaks.current.days })}
          />
        </div>
        {streaks.longest.days > 0 ? (
          <p className="small muted">{t('gains.longestStreak', { count: streaks.longest.days })}</p>
        ) : null}
      </section>
      {sinceStart === undefined ? null : (
        <section className="card" aria-labelledby="saved-title">
          <h2 id="saved-title">{t('gains.sinceStart', { count: sinceStart.filledDays })}</h2>
          <div className="totals">
            <Figure
              value={euros(Math.abs(sinceStart.avoided.euros))}
              label={t(sinceStart.avoided.euros >= 0 ? 'gains.moneySaved' : 'gains.moneyMore')}
            />
            <Figure
              value={number(Math.abs(sinceStart.avoided.kcal), { maximumFractionDigits: 0 })}
              label={t(sinceStart.avoided.kcal >= 0 ? 'gains.kcalAvoided' : 'gains.kcalMore')}
            />
          </div>
          <p className="small">
            {t(sinceStart.avoided.standardDrinks >= 0 ? 'gains.drinksAvoided' : 'gains.drinksMore', {
              amount: drinks(Math.abs(sinceStart.avoided.standardDrinks)),
            })}
          </p>
          {sinceStart.entriesWithoutPrice > 0 ? (
            <p className="small muted">
              {t('gains.withoutPrice', { count: sinceStart.entriesWithoutPrice })}
            </p>
          ) : null}
          <p className="small muted">{t('gains.howComputed')}</p>
        </section>
      )}
    </>
  );
}

/** Gains: money and kcal against the person's typical week, drink-free days and current streak. */
export default function GainsPage(): ReactNode {
  const { t } = useI18n();
  const { preferences } = usePreferences();
  const [editing, setEditing] = useState(false);
  const now = today();
  const typical = preferences.typicalWeek;
  const view = useStored(() => loadGains(typical, now), `gains:${now}:${JSON.stringify(typical)}`);
  return (
    <>
      <PageTitle>{t('gains.title')}</PageTitle>
      {view.status === 'ready' ? (
        <GainFigures view={view.value} />
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
      {typical === null || editing ? (
        <TypicalWeekForm current={typical} onDone={() => setEditing(false)} />
      ) : (
        <section className="card">
          <p>{t('gains.typicalSummary', { drinks: typical.standardDrinks, money: typical.euros })}</p>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('gains.typicalEdit')}
          </button>
        </section>
      )}
    </>
  );
}
