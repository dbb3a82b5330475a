import { InvalidQuantityError, typicalWeekFromTotals, type TypicalWeek } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { usePreferences } from '../../app/preferences.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { DecimalField, parseDecimal } from '../../ui/DecimalField.js';

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
          void update({ typicalWeek }).then((saved) => {
            if (saved) props.onDone?.();
          });
        } catch (caught) {
          if (caught instanceof InvalidQuantityError) setError(true);
          else throw caught;
        }
      }}
    >
      <h2 id="typical-title">{t('gains.typicalTitle')}</h2>
      <p className="small muted">{t('gains.typicalWhy')}</p>
      <DecimalField
        id="typical-drinks"
        label={t('gains.typicalDrinks')}
        hint={t('gains.typicalDrinksHint')}
        value={drinks}
        onChange={setDrinks}
      />
      <DecimalField id="typical-money" label={t('gains.typicalMoney')} value={money} onChange={setMoney} />
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
