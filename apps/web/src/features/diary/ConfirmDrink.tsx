import { localize, type Drink, type IsoDate } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { nowTime } from '../../app/clock.js';
import { navigate } from '../../app/navigation.js';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { deleteEntry, rememberDrinkUse, saveEntry } from '../../storage/repositories.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { newEntry } from './model.js';
import { checkedWhen } from './when.js';
import { QuantityStepper } from './QuantityStepper.js';
import { WhenFields } from './WhenFields.js';
import { runWrite } from '../../app/useWrite.js';

/** Second step: quantity (default 1), day and time (back-dating), then one tap to save. */
export function ConfirmDrink(props: {
  readonly drink: Drink;
  readonly initialDate: IsoDate;
  readonly returnTo: string;
  readonly onChangeDrink: () => void;
}): ReactNode {
  const { t, locale, drinks, number } = useI18n();
  const toast = useToast();
  const [quantity, setQuantity] = useState(1);
  const [date, setDate] = useState<string>(props.initialDate);
  const [time, setTime] = useState(nowTime());
  const [error, setError] = useState<string | null>(null);
  const label = localize(props.drink.label, locale);
  const total = props.drink.standardDrinks * quantity;

  const save = async (): Promise<void> => {
    const when = checkedWhen(date, time);
    if (when === undefined) {
      setError(t('add.errorWhen'));
      return;
    }
    const entry = newEntry(props.drink, quantity, when.date, when.time);
    const saved = await runWrite(async () => {
      await saveEntry(entry);
      await rememberDrinkUse(props.drink.id);
    });
    // Not saved: stay on the form with what was typed; the banner says why.
    if (!saved.ok) return;
    toast.show(
      t('add.savedToast', {
        drink: `${number(quantity)} × ${label}`,
        amount: drinks(entry.standardDrinks),
        count: entry.standardDrinks,
      }),
      () => {
        void runWrite(() => deleteEntry(entry.id));
      },
    );
    navigate(props.returnTo);
  };

  return (
    <>
      <PageTitle>{label}</PageTitle>
      <form
        className="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <QuantityStepper value={quantity} onChange={setQuantity} />
        <p aria-live="polite">
          <strong>{t('add.totalPreview', { amount: drinks(total), count: total })}</strong>
        </p>
        <WhenFields date={date} time={time} onDate={setDate} onTime={setTime} />
        {error === null ? null : (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="stack">
          <button type="submit" className="button button-primary button-large">
            {t('add.save')}
          </button>
          <button type="button" className="button button-quiet button-block" onClick={props.onChangeDrink}>
            {t('add.otherDrink')}
          </button>
        </div>
      </form>
    </>
  );
}
