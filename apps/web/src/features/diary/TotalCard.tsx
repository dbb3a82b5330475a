import { isAbove } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';

/** A total in standard drinks next to its repère, with a bar and words (not colour alone). */
export function TotalCard(props: {
  readonly label: string;
  readonly value: number;
  readonly limit: number;
  readonly limitLabel: string;
  readonly testId: string;
}): ReactNode {
  const { t, drinks } = useI18n();
  const above = isAbove(props.value, props.limit);
  // A zero repère (pregnancy, under 18): any alcohol fills the bar.
  const percent = props.limit <= 0 ? (above ? 100 : 0) : Math.min(100, (props.value / props.limit) * 100);
  return (
    <div className="total" data-testid={props.testId}>
      <span className="total-label">{props.label}</span>
      <span className="total-value">{drinks(props.value)}</span>
      <span className="total-label">{t('diary.standardDrinks', { count: props.value })}</span>
      <div className="meter" data-above={above} aria-hidden="true">
        <span style={{ width: `${String(percent)}%` }} />
      </div>
      <span className="total-label">
        {props.limitLabel}
        {above ? ` · ▲ ${t('diary.aboveShort')}` : ''}
      </span>
    </div>
  );
}
