import type { InputHTMLAttributes, ReactNode } from 'react';

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-describedby' | 'children'
>;

/**
 * A labelled one-line field (`field` in ui/forms.css): the label, an optional hint linked with
 * aria-describedby (id `<id>-hint`), and the input, which receives every other attribute as given.
 */
export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  ...input
}: InputAttributes & {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}): ReactNode {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        {...input}
        aria-describedby={hintId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
