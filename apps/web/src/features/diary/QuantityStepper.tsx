import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Icon } from '../../ui/icons.js';

/** Steps: ½, 1, 2, 3 … (half a bottle is a real serving), up to 100. */
export function stepDown(quantity: number): number {
  if (quantity > 1) return Math.ceil(quantity) - 1;
  return 0.5;
}

export function stepUp(quantity: number): number {
  if (quantity < 1) return 1;
  return Math.min(100, Math.floor(quantity) + 1);
}

export function QuantityStepper(props: {
  readonly value: number;
  readonly onChange: (value: number) => void;
}): ReactNode {
  const { t, number } = useI18n();
  return (
    <div className="field">
      <span id="quantity-label" style={{ fontWeight: 600 }}>
        {t('add.quantity')}
      </span>
      <div className="stepper" role="group" aria-labelledby="quantity-label">
        <button
          type="button"
          className="button"
          aria-label={t('add.decrease')}
          disabled={props.value <= 0.5}
          onClick={() => props.onChange(stepDown(props.value))}
        >
          <Icon name="minus" />
        </button>
        <output aria-live="polite" aria-label={t('add.quantity')} data-testid="quantity">
          {number(props.value)}
        </output>
        <button
          type="button"
          className="button"
          aria-label={t('add.increase')}
          disabled={props.value >= 100}
          onClick={() => props.onChange(stepUp(props.value))}
        >
          <Icon name="plus" />
        </button>
      </div>
    </div>
  );
}
