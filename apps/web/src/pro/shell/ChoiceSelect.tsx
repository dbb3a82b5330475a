import type { ReactNode } from 'react';

/**
 * A label and a select among fixed choices, typed: the value handed back is always one of `choices`
 * (no cast from the DOM's string). The caller wraps it in a `field` or a `row`.
 */
export function ChoiceSelect<T extends string>(props: {
  readonly id: string;
  readonly label: string;
  readonly choices: readonly T[];
  readonly value: T;
  readonly labelOf: (choice: T) => string;
  readonly onChange: (choice: T) => void;
}): ReactNode {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => {
          const choice = props.choices.find((value) => value === event.target.value);
          if (choice !== undefined) props.onChange(choice);
        }}
      >
        {props.choices.map((value) => (
          <option key={value} value={value}>
            {props.labelOf(value)}
          </option>
        ))}
      </select>
    </>
  );
}
