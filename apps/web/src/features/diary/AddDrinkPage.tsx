import { findDrink, isIsoDate, type Drink } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useLocation } from '../../app/navigation.js';
import { usePreferences } from '../../app/preferences.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allCustomDrinks } from '../../storage/repositories.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { ConfirmDrink } from './ConfirmDrink.js';
import { CustomDrinkForm } from './CustomDrinkForm.js';
import { DrinkCatalogue } from './DrinkCatalogue.js';

type Step =
  | { readonly kind: 'pick' }
  | { readonly kind: 'custom' }
  | { readonly kind: 'confirm'; readonly drink: Drink };

/** Log a drink: pick (last used first, then by category), confirm quantity, day and time. */
export default function AddDrinkPage(): ReactNode {
  const { t } = useI18n();
  const { search } = useLocation();
  const { preferences } = usePreferences();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const custom = useStored(allCustomDrinks, 'custom-drinks');
  const requested = search.get('date') ?? '';
  const date = isIsoDate(requested) ? requested : today();

  if (custom.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  const customDrinks = custom.value;
  const recent = preferences.recentDrinkIds
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
        recent={recent}
        customDrinks={customDrinks}
        onPick={(drink) => setStep({ kind: 'confirm', drink })}
        onCreateCustom={() => setStep({ kind: 'custom' })}
      />
    </>
  );
}
