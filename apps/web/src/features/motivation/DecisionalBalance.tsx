import { MAX_BALANCE_ITEM_LENGTH, MAX_BALANCE_ITEMS, type DecisionalBalance as Balance } from '@oz/core';
import type { ReactNode } from 'react';
import { Icon } from '../../ui/icons.js';
import { useMotivationText } from './messages.js';

type Column = 'gains' | 'costs';

function ColumnEditor(props: {
  readonly column: Column;
  readonly items: readonly string[];
  readonly onChange: (items: string[]) => void;
}): ReactNode {
  const m = useMotivationText();
  const title = m(props.column === 'gains' ? 'balance.gains' : 'balance.costs');
  const set = (index: number, text: string): void =>
    props.onChange(props.items.map((item, at) => (at === index ? text : item)));
  return (
    <fieldset className="balance-column">
      <legend>{title}</legend>
      <ul className="balance-items">
        {props.items.map((item, index) => (
          <li key={index} className="balance-item">
            <input
              type="text"
              value={item}
              maxLength={MAX_BALANCE_ITEM_LENGTH}
              aria-label={m('balance.itemLabel', { column: title, index: index + 1 })}
              onChange={(event) => set(index, event.target.value)}
            />
            <button
              type="button"
              className="button button-quiet"
              aria-label={m('balance.remove', { text: item.trim() === '' ? String(index + 1) : item })}
              onClick={() => props.onChange(props.items.filter((_, at) => at !== index))}
            >
              <Icon name="minus" size={20} />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        disabled={props.items.length >= MAX_BALANCE_ITEMS}
        onClick={() => props.onChange([...props.items, ''])}
      >
        <Icon name="plus" size={20} />
        {m('balance.add')}
        <span className="visually-hidden"> ({title})</span>
      </button>
    </fieldset>
  );
}

/** Pros and cons of changing, one line per idea (controlled). Programmes reuse it. */
export function DecisionalBalance(props: {
  readonly value: Balance;
  readonly onChange: (value: Balance) => void;
}): ReactNode {
  return (
    <div className="balance">
      <ColumnEditor
        column="gains"
        items={props.value.gains}
        onChange={(gains) => props.onChange({ ...props.value, gains })}
      />
      <ColumnEditor
        column="costs"
        items={props.value.costs}
        onChange={(costs) => props.onChange({ ...props.value, costs })}
      />
    </div>
  );
}
