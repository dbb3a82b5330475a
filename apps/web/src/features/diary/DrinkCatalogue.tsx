import { DRINK_CATEGORIES, DRINKS, localize, type Drink, type DrinkCategory } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Icon } from '../../ui/icons.js';

function DrinkButton({
  drink,
  onPick,
}: {
  readonly drink: Drink;
  readonly onPick: (drink: Drink) => void;
}): ReactNode {
  const { t, locale, drinks } = useI18n();
  return (
    <li>
      <button type="button" className="list-button" onClick={() => onPick(drink)}>
        <span>
          {localize(drink.label, locale)}
          <span className="list-meta" style={{ display: 'block' }}>
            {t('diary.standardDrinksValue', {
              value: drinks(drink.standardDrinks),
              count: drink.standardDrinks,
            })}
          </span>
        </span>
        <Icon name="chevron" size={20} />
      </button>
    </li>
  );
}

function Group(props: {
  readonly id: string;
  readonly title: string;
  readonly drinks: readonly Drink[];
  readonly onPick: (drink: Drink) => void;
}): ReactNode {
  if (props.drinks.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id} className="category-title">
        {props.title}
      </h2>
      <ul className="list card" style={{ padding: '0 var(--space-3)' }}>
        {props.drinks.map((drink) => (
          <DrinkButton key={drink.id} drink={drink} onPick={props.onPick} />
        ))}
      </ul>
    </section>
  );
}

const CATALOGUE_CATEGORIES: readonly DrinkCategory[] = DRINK_CATEGORIES.filter(
  (category) => category !== 'custom',
);

/** The catalogue grouped by category (volumes in the labels), last used first, then "Mes boissons". */
export function DrinkCatalogue(props: {
  readonly recent: readonly Drink[];
  readonly customDrinks: readonly Drink[];
  readonly onPick: (drink: Drink) => void;
  readonly onCreateCustom: () => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <Group id="group-recent" title={t('add.recent')} drinks={props.recent} onPick={props.onPick} />
      <section aria-labelledby="group-custom">
        <h2 id="group-custom" className="category-title">
          {t('add.myDrinks')}
        </h2>
        {props.customDrinks.length === 0 ? null : (
          <ul className="list card" style={{ padding: '0 var(--space-3)' }}>
            {props.customDrinks.map((drink) => (
              <DrinkButton key={drink.id} drink={drink} onPick={props.onPick} />
            ))}
          </ul>
        )}
        <button type="button" className="button button-block" onClick={props.onCreateCustom}>
          <Icon name="plus" size={20} />
          {t('add.createCustom')}
        </button>
      </section>
      {CATALOGUE_CATEGORIES.map((category) => (
        <Group
          key={category}
          id={`group-${category}`}
          title={t(`drinks.category.${category}`)}
          drinks={DRINKS.filter((drink) => drink.category === category)}
          onPick={props.onPick}
        />
      ))}
    </>
  );
}
