import type { ReactNode } from 'react';
import { TextField } from './TextField.js';

/** Accepts "12,5" as well as "12.5"; empty → undefined; anything else → NaN (the form says what is wrong). */
export function parseDecimal(text: string): number | undefined {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '') return undefined;
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/**
 * A labelled field for a decimal number (a quantity, a price, a percentage): text with a decimal keypad,
 * read with `parseDecimal`. The optional hint is linked with aria-describedby.
 */
export function DecimalField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly value: string;
  readonly onChange: (value: string) => void;
}): ReactNode {
  return <TextField {...props} inputMode="decimal" />;
}
