import { localize } from '@oz/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { DrinkEntryRecord } from '../../storage/types.js';

/**
 * Diary lines of a day. The visible "Modifier" link carries the full description as its name
 * ("Modifier : 2 × Demi de bière …, 21:05, 2,0 verres standard") and its hit area covers the row.
 */
export function EntryList(props: {
  readonly entries: readonly DrinkEntryRecord[];
  readonly empty: string;
}): ReactNode {
  const { t, locale, drinks, number } = useI18n();
  if (props.entries.length === 0) return <p className="muted">{props.empty}</p>;
  return (
    <ul className="list">
      {props.entries.map((entry) => (
        <li key={entry.id} className="list-row stretched">
          <span>
            <strong>
              {number(entry.quantity)} × {localize(entry.label, locale)}
            </strong>
            <span className="list-meta list-meta-line">
              {entry.time} ·{' '}
              {t('diary.standardDrinksValue', {
                value: drinks(entry.standardDrinks),
                count: entry.standardDrinks,
              })}
            </span>
          </span>
          <Link
            to={`/journal/boisson/${entry.id}`}
            className="button button-quiet"
            aria-label={t('diary.entryLabel', {
              quantity: number(entry.quantity),
              drink: localize(entry.label, locale),
              time: entry.time,
              amount: drinks(entry.standardDrinks),
              count: entry.standardDrinks,
            })}
          >
            {t('common.edit')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
