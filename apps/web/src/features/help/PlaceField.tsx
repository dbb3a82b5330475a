import type { Place } from '@oz/contracts';
import { useEffect, useId, useState } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { suggestPlaces } from './api.js';
import { useHelpText } from './messages.js';

const SUGGEST_DELAY_MS = 200;
const MIN_QUERY_LENGTH = 2;

/**
 * Postal code or commune, with suggestions (ARIA 1.2 combobox + listbox). Submitting the typed text searches
 * it as is; picking a suggestion searches its exact point. Suggestions need the network; offline, typing a
 * postal code still works.
 */
export function PlaceField(props: {
  readonly onSearchText: (text: string) => void;
  readonly onPickPlace: (place: Place) => void;
}): ReactNode {
  const text = useHelpText();
  const id = useId();
  const [value, setValue] = useState('');
  const [suggestions, setSuggestions] = useState<readonly Place[]>([]);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const query = value.trim();
    if (query.length < MIN_QUERY_LENGTH) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      suggestPlaces(query, controller.signal).then(setSuggestions, () => setSuggestions([]));
    }, SUGGEST_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const pick = (place: Place): void => {
    setValue(place.label);
    setSuggestions([]);
    setActive(-1);
    props.onPickPlace(place);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const chosen = shown[active];
    if (chosen !== undefined) return pick(chosen);
    if (value.trim() === '') return;
    setSuggestions([]);
    props.onSearchText(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      setActive((current) => (current + 1) % shown.length);
    } else if (event.key === 'ArrowUp' && shown.length > 0) {
      event.preventDefault();
      setActive((current) => (current <= 0 ? shown.length - 1 : current - 1));
    } else if (event.key === 'Escape') {
      setSuggestions([]);
      setActive(-1);
    }
  };

  const shown = value.trim().length >= MIN_QUERY_LENGTH ? suggestions : [];
  const open = shown.length > 0;
  return (
    <form role="search" onSubmit={submit} className="help-search">
      <div className="field help-combobox">
        <label htmlFor={`${id}-input`}>{text('search.label')}</label>
        <span id={`${id}-hint`} className="field-hint">
          {text('search.hint')}
        </span>
        <div className="row help-search-row">
          <input
            id={`${id}-input`}
            type="text"
            role="combobox"
            inputMode="search"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={`${id}-list`}
            aria-describedby={`${id}-hint`}
            aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
            value={value}
            maxLength={80}
            onChange={(event) => {
              setValue(event.target.value);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button button-primary">
            {text('search.submit')}
          </button>
        </div>
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={text('search.suggestions')}
          className="help-suggestions"
          hidden={!open}
        >
          {shown.map((place, index) => (
            <li
              key={`${place.kind}-${place.query ?? place.label}`}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(place)}
            >
              {place.label}
            </li>
          ))}
        </ul>
      </div>
    </form>
  );
}
