import {
  localize,
  SAFETY_QUESTIONS,
  withdrawalRiskAdvice,
  type SafetyAnswer,
  type SafetyAnswers,
  type SafetyQuestion,
  type WithdrawalRiskAdvice,
} from '@oz/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { MedicalSupportAdvice } from './MedicalSupportAdvice.js';
import type { SafetyGateState } from './safetyGate.js';
import { saveSafetyAnswers } from './safetyGate.js';

export interface SafetyCheckProps {
  /** From useSafetyGate / loadSafetyGate; shown only when `state.gate.ask`. */
  readonly state: SafetyGateState;
  /** Starts what the person chose (the break, the goal…). Called at once when every answer is "no". */
  readonly onProceed: () => void | Promise<void>;
  /** "Revenir à mon choix": back to the form the check interrupted. */
  readonly onBack?: () => void;
  /** Label of the button that starts anyway after the advice (default « Je choisis de commencer maintenant »). */
  readonly proceedAnywayLabel?: string;
}

function QuestionField(props: {
  readonly question: SafetyQuestion;
  readonly answer: SafetyAnswer | undefined;
  readonly onAnswer: (answer: SafetyAnswer) => void;
}): ReactNode {
  const { t, locale } = useI18n();
  const { question } = props;
  const hintId = `safety-${question.id}-hint`;
  return (
    <fieldset aria-describedby={question.hint === undefined ? undefined : hintId}>
      <legend>{localize(question.text, locale)}</legend>
      {question.hint === undefined ? null : (
        <p className="field-hint" id={hintId}>
          {localize(question.hint, locale)}
        </p>
      )}
      <div className="choices">
        {(['yes', 'no'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`safety-${question.id}`}
              value={value}
              checked={props.answer === value}
              onChange={() => props.onAnswer(value)}
            />
            {t(value === 'yes' ? 'safety.yes' : 'safety.no')}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Advice(props: SafetyCheckProps & { readonly advice: WithdrawalRiskAdvice }): ReactNode {
  const { t } = useI18n();
  const region = useRef<HTMLDivElement>(null);
  // The questions give way to the advice: move focus there so screen readers announce it.
  useEffect(() => region.current?.focus(), []);
  return (
    <div ref={region} tabIndex={-1} className="stack">
      <MedicalSupportAdvice advice={props.advice} />
      <p>{t('safety.choice')}</p>
      <button type="button" className="button button-block" onClick={() => void props.onProceed()}>
        {props.proceedAnywayLabel ?? t('safety.proceedAnyway')}
      </button>
      {props.onBack === undefined ? null : (
        <button type="button" className="button button-quiet button-block" onClick={props.onBack}>
          {t('safety.back')}
        </button>
      )}
    </div>
  );
}

/**
 * The questions that predict a dangerous withdrawal, asked before a break or a deep cut (issue 8). Every
 * "no" → `onProceed` at once; any "yes", or no answer → the medical-support advice, then the person still
 * chooses: Oz informs, never blocks. The answers are kept on the device and feed the live recommendation.
 */
export function SafetyCheck(props: SafetyCheckProps): ReactNode {
  const { t, day } = useI18n();
  const { gate, previous } = props.state;
  const [answers, setAnswers] = useState<SafetyAnswers>(previous?.answers ?? {});
  const [advice, setAdvice] = useState<WithdrawalRiskAdvice | null>(null);
  const [missing, setMissing] = useState(false);

  const finish = async (given: SafetyAnswers, save: boolean): Promise<void> => {
    if (save) await saveSafetyAnswers(given);
    const result = withdrawalRiskAdvice(given);
    if (result.level === 'no-sign') await props.onProceed();
    else setAdvice(result);
  };

  if (advice !== null) return <Advice {...props} advice={advice} />;
  return (
    <section className="card" aria-labelledby="safety-check-title">
      <h2 id="safety-check-title">{t('safety.title')}</h2>
      <p>{t('safety.intro')}</p>
      <ul className="small">
        {gate.reasons.map((reason) => (
          <li key={reason}>{t(`safety.why.${reason}`)}</li>
        ))}
      </ul>
      {previous === undefined ? null : (
        <p className="small">{t('safety.previous', { date: day(previous.answeredOn) })}</p>
      )}
      {SAFETY_QUESTIONS.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          answer={answers[question.id]}
          onAnswer={(answer) => setAnswers({ ...answers, [question.id]: answer })}
        />
      ))}
      {missing ? (
        <p className="notice notice-error" role="alert">
          {t('safety.errorUnanswered')}
        </p>
      ) : null}
      <div className="stack">
        <button
          type="button"
          className="button button-primary button-block"
          onClick={() => {
            const complete = SAFETY_QUESTIONS.every((question) => answers[question.id] !== undefined);
            setMissing(!complete);
            if (complete) void finish(answers, true);
          }}
        >
          {t('safety.continue')}
        </button>
        <button
          type="button"
          className="button button-quiet button-block"
          onClick={() => void finish({}, false)}
        >
          {t('safety.skip')}
        </button>
      </div>
    </section>
  );
}
