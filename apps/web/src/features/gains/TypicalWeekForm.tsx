import { InvalidQuantityError, typicalWeekFromTotals, type TypicalWeek } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { usePreferences } from '../../app/preferences.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { parseDecimal } from '../diary/CustomDrinkForm.js';

/** The typical week before Oz, asked once and editable: the baseline of every gain. */
export function TypicalWeekForm(props: {
  readonly current: TypicalWeek | null;
  readonly onDone?: () => void;
}): ReactNode {
  const { t, number } = useI18n();
  const { update } = usePreferences();
  const [drinks, setDrinks] = useState(props.current === null ? '' : number(props.current.standardDrinks));
  const [money, setMoney] = useState(props.current === null ? '' : number(props.current.euros));
  const [error, setError] = useState(false);

  return (
    <form
      className="card"
      aria-labelledby="typical-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        try {
          const typicalWeek = typicalWeekFromTotals({
            standardDrinks: parseDecimal(drinks) ?? Number.NaN,
            euros: parseDecimal(money) ?? 0,
          });
          setError(false);
          void update({ typicalWeek }).then(() => props.onDone?.());
        } catch (caught) {
          if (caught instanceof InvalidQuantityError) setError(true);
          else throw caught;
        }
      }}
    >
      <h2 id="typical-title">{t('gains.typicalTitle')}</h2>
      <p className="small muted">{t('gains.typicalWhy')}</p>
      <div className="field">
        <label htmlFor="typical-drinks">{t('gains.typicalDrinks')}</label>
        <span className="field-hint" id="typical-drinks-hint">
          {t('gains.typicalDrinksHint')}
        </span>
        <input
          id="typical-drinks"
          type="text"
          inputMode="decimal"
          aria-describedby="typical-drinks-hint"
          value={drinks}
          onChange={(e) => setDrinks(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="typical-money">{t('gains.typicalMoney')}</label>
        <input
          id="typical-money"
          type="text"
          inputMode="decimal"
          value={money}
          onChange={(e) => setMoney(e.target.value)}
        />
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {t('gains.typicalError')}
        </p>
      ) : null}
      <button type="submit" className="button button-primary button-block">
        {t('gains.typicalSave')}
      </button>
    </form>
  );
}
