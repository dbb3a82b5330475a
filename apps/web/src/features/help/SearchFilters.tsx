import { STRUCTURE_TYPES } from '@oz/core';
import type { Public, StructureType } from '@oz/core';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { typesForSuggestion } from './nearest.js';
import { typeKey, useHelpText } from './messages.js';

export type TypeChoice = 'all' | 'suggested' | StructureType;

const AUDIENCES: readonly {
  value: Public | 'everyone';
  label: 'filter.everyone' | 'filter.young' | 'filter.entourage';
}[] = [
  { value: 'everyone', label: 'filter.everyone' },
  { value: 'young', label: 'filter.young' },
  { value: 'entourage', label: 'filter.entourage' },
];

/** Who the help is for (young people, family and friends) and which kind of place. */
export function SearchFilters(props: {
  readonly suggested: StructureType | undefined;
  readonly typeChoice: TypeChoice;
  readonly onTypeChoice: (choice: TypeChoice) => void;
  readonly publicServed: Public | undefined;
  readonly onPublicServed: (value: string) => void;
}): ReactNode {
  const text = useHelpText();
  const id = useId();
  const suggestedLabel =
    props.suggested === undefined
      ? undefined
      : text('filter.suggested', {
          types: typesForSuggestion(props.suggested)
            .map((type) => text(typeKey(type, 'name')))
            .join(', '),
        });
  return (
    <>
      <fieldset>
        <legend>{text('filter.legend')}</legend>
        <div className="chips">
          {AUDIENCES.map((audience) => (
            <label key={audience.value} className="chip">
              <input
                type="radio"
                name={`${id}-public`}
                value={audience.value}
                checked={(props.publicServed ?? 'everyone') === audience.value}
                onChange={() => props.onPublicServed(audience.value)}
              />
              {text(audience.label)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-type`}>{text('filter.type')}</label>
        <select
          id={`${id}-type`}
          value={props.typeChoice}
          onChange={(event) => props.onTypeChoice(toChoice(event.target.value))}
        >
          <option value="all">{text('filter.allTypes')}</option>
          {suggestedLabel === undefined ? null : <option value="suggested">{suggestedLabel}</option>}
          {STRUCTURE_TYPES.filter((type) => type !== 'other').map((type) => (
            <option key={type} value={type}>
              {text(typeKey(type, 'name'))} — {text(typeKey(type, 'long'))}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function toChoice(value: string): TypeChoice {
  if (value === 'all' || value === 'suggested') return value;
  return STRUCTURE_TYPES.find((type) => type === value) ?? 'all';
}
