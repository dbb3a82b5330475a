import {
  addDays,
  FAVOURITE_DRINKS_WINDOW_DAYS,
  favouriteDrinkIds,
  findDrink,
  isIsoDate,
  quickDrinkIds,
  type Drink,
} from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useLocation } from '../../app/navigation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allCustomDrinks, entriesBetween, getPreferences } from '../../storage/repositories.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { ConfirmDrink } from './ConfirmDrink.js';
import { CustomDrinkForm } from './CustomDrinkForm.js';
import { DrinkCatalogue } from './DrinkCatalogue.js';

type Step =
  | { readonly kind: 'pick' }
  | { readonly kind: 'custom' }
  | { readonly kind: 'confirm'; readonly drink: Drink };

/** How many usual drinks are offered first. */
const QUICK_DRINKS = 6;

/**
 * Log a drink: pick (usual drinks first, a search field, then by category), confirm quantity, day and
 * time. For a regular, two taps: the usual drink, then « Enregistrer » (quantity 1, now).
 */
export default function AddDrinkPage(): ReactNode {
  const { t } = useI18n();
  const { search } = useLocation();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const custom = useStored(allCustomDrinks, 'custom-drinks');
  const day = today();
  const since = addDays(day, -(FAVOURITE_DRINKS_WINDOW_DAYS - 1));
  const lately = useStored(() => entriesBetween(since, day), `entries-${since}-${day}`);
  // Read from the device, not the app's preferences state: rememberDrinkUse writes there directly.
  const stored = useStored(getPreferences, 'preferences');
  const requested = search.get('date') ?? '';
  const date = isIsoDate(requested) ? requested : today();

  if (custom.status === 'loading' || lately.status === 'loading' || stored.status === 'loading') {
    return <p className="muted">{t('common.loading')}</p>;
  }
  const customDrinks = custom.value;
  const favourites = favouriteDrinkIds(lately.value, since, QUICK_DRINKS);
  const quick = quickDrinkIds(favourites, stored.value.recentDrinkIds, QUICK_DRINKS)
    .map((id) => findDrink(id, customDrinks))
    .filter((drink): drink is Drink => drink !== undefined);

  if (step.kind === 'confirm') {
    return (
      <ConfirmDrink
        drink={step.drink}
        initialDate={date}
        returnTo={isIsoDate(requested) ? `/journal/jour/${requested}` : '/'}
        onChangeDrink={() => setStep({ kind: 'pick' })}
      />
    );
  }
  if (step.kind === 'custom') {
    return (
      <CustomDrinkForm
        onCancel={() => setStep({ kind: 'pick' })}
        onSaved={(drink) => setStep({ kind: 'confirm', drink })}
      />
    );
  }
  return (
    <>
      <PageTitle>{t('add.title')}</PageTitle>
      <p className="muted">{t('add.intro')}</p>
      <DrinkCatalogue
        quick={quick}
        customDrinks={customDrinks}
        onPick={(drink) => setStep({ kind: 'confirm', drink })}
        onCreateCustom={() => setStep({ kind: 'custom' })}
      />
    </>
  );
}
