import { DRINK_CATEGORIES, DRINKS, localize, searchDrinks, type Drink, type DrinkCategory } from '@oz/core';
import { useState, type ReactNode } from 'react';
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
          <span className="list-meta list-meta-line">
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

function DrinkList(props: {
  readonly drinks: readonly Drink[];
  readonly onPick: (drink: Drink) => void;
}): ReactNode {
  return (
    <ul className="list card" style={{ padding: '0 var(--space-3)' }}>
      {props.drinks.map((drink) => (
        <DrinkButton key={drink.id} drink={drink} onPick={props.onPick} />
      ))}
    </ul>
  );
}

/** One category, folded: 50 entries in one long list were too many to scan (issue 10). */
function Category(props: {
  readonly category: DrinkCategory;
  readonly drinks: readonly Drink[];
  readonly onPick: (drink: Drink) => void;
}): ReactNode {
  const { t } = useI18n();
  const id = `group-${props.category}`;
  if (props.drinks.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <details className="category">
        <summary>
          <h3 id={id} className="category-title">
            {t(`drinks.category.${props.category}`)}
          </h3>
          <span className="list-meta">{t('add.categoryCount', { count: props.drinks.length })}</span>
        </summary>
        <DrinkList drinks={props.drinks} onPick={props.onPick} />
      </details>
    </section>
  );
}

const CATALOGUE_CATEGORIES: readonly DrinkCategory[] = DRINK_CATEGORIES.filter(
  (category) => category !== 'custom',
);

/**
 * Picking a drink in as few taps as possible: the person's usual drinks first (most logged lately, then
 * most recent), a search field, "Mes boissons", then the catalogue folded by category.
 */
export function DrinkCatalogue(props: {
  readonly quick: readonly Drink[];
  readonly customDrinks: readonly Drink[];
  readonly onPick: (drink: Drink) => void;
  readonly onCreateCustom: () => void;
}): ReactNode {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  const results = searching ? searchDrinks([...props.customDrinks, ...DRINKS], query, locale) : [];
  return (
    <>
      {props.quick.length === 0 || searching ? null : (
        <section aria-labelledby="group-quick">
          <h2 id="group-quick" className="category-title">
            {t('add.quickTitle')}
          </h2>
          <DrinkList drinks={props.quick} onPick={props.onPick} />
        </section>
      )}
      <div className="field" role="search">
        <label htmlFor="drink-search">{t('add.searchLabel')}</label>
        <span className="field-hint" id="drink-search-hint">
          {t('add.searchHint')}
        </span>
        <input
          id="drink-search"
          type="search"
          autoComplete="off"
          aria-describedby="drink-search-hint drink-search-count"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span id="drink-search-count" className="field-hint" aria-live="polite">
          {searching ? t('add.searchResults', { count: results.length }) : ''}
        </span>
      </div>
      {searching ? (
        <section aria-labelledby="group-results">
          <h2 id="group-results" className="visually-hidden">
            {t('add.searchLabel')}
          </h2>
          {results.length === 0 ? null : <DrinkList drinks={results} onPick={props.onPick} />}
          <button type="button" className="button button-block" onClick={props.onCreateCustom}>
            <Icon name="plus" size={20} />
            {t('add.createCustom')}
          </button>
        </section>
      ) : (
        <>
          <section aria-labelledby="group-custom">
            <h2 id="group-custom" className="category-title">
              {t('add.myDrinks')}
            </h2>
            {props.customDrinks.length === 0 ? null : (
              <DrinkList drinks={props.customDrinks} onPick={props.onPick} />
            )}
            <button type="button" className="button button-block" onClick={props.onCreateCustom}>
              <Icon name="plus" size={20} />
              {t('add.createCustom')}
            </button>
          </section>
          <h2 className="category-title">{t('add.catalogueTitle')}</h2>
          {CATALOGUE_CATEGORIES.map((category) => (
            <Category
              key={category}
              category={category}
              drinks={DRINKS.filter((drink) => drink.category === category)}
              onPick={props.onPick}
            />
          ))}
        </>
      )}
    </>
  );
}
