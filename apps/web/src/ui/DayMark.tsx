import type { DayStatus } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/fr.js';

const SYMBOL: Record<DayStatus, { symbol: string; className: string; label: MessageKey }> = {
  'drink-free': { symbol: '✓', className: 'mark-free', label: 'status.drinkFree' },
  'within-guidelines': { symbol: '•', className: 'mark-within', label: 'status.within' },
  'above-guidelines': { symbol: '▲', className: 'mark-above', label: 'status.above' },
  'not-filled': { symbol: '–', className: '', label: 'status.notFilled' },
};

export function statusKey(status: DayStatus): MessageKey {
  return SYMBOL[status].label;
}

export function statusAttr(status: DayStatus): string {
  if (status === 'drink-free') return 'free';
  if (status === 'within-guidelines') return 'within';
  if (status === 'above-guidelines') return 'above';
  return 'empty';
}

/** A day's status as a shape (✓ • ▲ –), never by colour alone; `withText` adds the words. */
export function DayMark({
  status,
  withText = false,
}: {
  readonly status: DayStatus;
  readonly withText?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const { symbol, className, label } = SYMBOL[status];
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 'var(--space-1)' }}>
      <span className={`mark ${className}`} aria-hidden="true">
        {symbol}
      </span>
      {withText ? <span>{t(label)}</span> : <span className="visually-hidden">{t(label)}</span>}
    </span>
  );
}
