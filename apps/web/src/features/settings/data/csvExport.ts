import { localize, type Locale } from '@oz/core';
import type { DrinkEntryRecord } from '../../../storage/types.js';

const HEADER = [
  'date',
  'time',
  'drink',
  'category',
  'quantity',
  'volume_ml',
  'abv_percent',
  'standard_drinks',
  'kcal',
  'price_eur',
];

function cell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The diary as CSV (RFC 4180, dot decimals, one line per entry) for spreadsheets and professionals. */
export function diaryCsv(entries: readonly DrinkEntryRecord[], locale: Locale): string {
  const lines = entries.map((entry) =>
    [
      entry.date,
      entry.time,
      localize(entry.label, locale),
      entry.category,
      entry.quantity,
      entry.volumeMl,
      entry.abvPercent,
      Math.round(entry.standardDrinks * 10) / 10,
      Math.round(entry.kcal),
      entry.priceEuros === undefined ? '' : Math.round(entry.priceEuros * 100) / 100,
    ]
      .map(cell)
      .join(','),
  );
  return [HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Saves text as a file through a temporary link (works offline, nothing leaves the device). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
