import type { DeepCutPlan } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SafetyCheck } from './SafetyCheck.js';
import { useSafetyGate } from './safetyGate.js';

/**
 * Drop-in start button for anything that stops or sharply cuts drinking (a zero goal, a "no alcohol"
 * challenge or programme, a goal below half of the recent average). When @oz/core deepCutSafety says so
 * (dependence signals, or consumption unknown), the safety questions come first; otherwise it is just the
 * button. `onProceed` starts the plan; it runs after the questions too, whatever the answers, if the person
 * chooses to (Oz never blocks).
 */
export function BeforeDeepCut(props: {
  readonly plan: DeepCutPlan;
  readonly proceedLabel: string;
  readonly onProceed: () => void | Promise<void>;
  readonly onBack?: () => void;
}): ReactNode {
  const { t } = useI18n();
  const state = useSafetyGate(props.plan);
  if (state.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (!state.value.gate.ask) {
    return (
      <button
        type="button"
        className="button button-primary button-block"
        onClick={() => void props.onProceed()}
      >
        {props.proceedLabel}
      </button>
    );
  }
  return (
    <SafetyCheck
      state={state.value}
      onProceed={props.onProceed}
      {...(props.onBack === undefined ? {} : { onBack: props.onBack })}
    />
  );
}
