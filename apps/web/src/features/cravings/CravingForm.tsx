import {
  COPING_STRATEGIES,
  EXTERNAL_SITUATIONS,
  INTERNAL_SITUATIONS,
  MAX_CRAVING_NOTE_LENGTH,
  plansFor,
  type CopingStrategy,
  type ExternalSituation,
  type InternalSituation,
  type RiskSituation,
} from '@oz/core';
import { useState, type ReactNode } from 'react';
import { nowTime, today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import type { CopingPlan } from '../../storage/supportTypes.js';
import { WhenFields } from '../diary/WhenFields.js';
import { situationKey, strategyKey, useMotivationText } from '../motivation/messages.js';
import { toggled } from '../motivation/MotivationChecklist.js';
import { ZeroToTenScale } from '../motivation/ZeroToTenScale.js';
import { useCravingText } from './messages.js';
import { PlanSentence } from './PlanSentence.js';

export interface CravingAnswers {
  readonly date: string;
  readonly time: string;
  readonly intensity: number;
  readonly situation: ExternalSituation | null;
  readonly feelings: readonly InternalSituation[];
  readonly helped: readonly CopingStrategy[];
  readonly drank: boolean;
  readonly note: string;
}

/** The person's plans for what they just ticked, or an invitation to write one (proposed back, issue 10). */
function PlansForMoment(props: {
  readonly situations: readonly RiskSituation[];
  readonly plans: readonly CopingPlan[];
}): ReactNode {
  const c = useCravingText();
  const m = useMotivationText();
  const first = props.situations[0];
  if (first === undefined) return null;
  const matching = plansFor(props.situations, props.plans);
  return (
    <div className="notice" aria-live="polite" data-testid="plans-for-moment">
      {matching.length > 0 ? (
        <>
          <p>
            <strong>{c('form.yourPlan')}</strong>
          </p>
          {matching.map((plan) => (
            <PlanSentence key={plan.id} plan={plan} />
          ))}
        </>
      ) : (
        <>
          <p>{c('form.noPlan', { situation: m(situationKey(first)) })}</p>
          <Link to={`/envie-de-boire/plans?situation=${first}`}>{c('form.writePlan')}</Link>
        </>
      )}
    </div>
  );
}

/** Noting a craving: strength, where, feelings (with the matching plans shown back), what helped, drank. */
export function CravingForm(props: {
  readonly plans: readonly CopingPlan[];
  readonly onSave: (answers: CravingAnswers) => Promise<string | null>;
}): ReactNode {
  const c = useCravingText();
  const m = useMotivationText();
  const [date, setDate] = useState<string>(today());
  const [time, setTime] = useState(nowTime());
  const [intensity, setIntensity] = useState<number | null>(null);
  const [situation, setSituation] = useState<ExternalSituation | null>(null);
  const [feelings, setFeelings] = useState<readonly InternalSituation[]>([]);
  const [helped, setHelped] = useState<readonly CopingStrategy[]>([]);
  const [drank, setDrank] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const situations: RiskSituation[] = [...(situation === null ? [] : [situation]), ...feelings];

  const submit = async (): Promise<void> => {
    if (intensity === null) {
      setError(c('form.errorIntensity'));
      return;
    }
    if (drank === null) {
      setError(c('form.errorDrank'));
      return;
    }
    setError(await props.onSave({ date, time, intensity, situation, feelings, helped, drank, note }));
  };

  return (
    <form
      className="card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ZeroToTenScale
        name="craving-intensity"
        legend={c('form.intensity')}
        lowLabel={c('form.intensityLow')}
        highLabel={c('form.intensityHigh')}
        value={intensity}
        onChange={setIntensity}
      />
      <fieldset>
        <legend>{c('form.situation')}</legend>
        <div className="chips">
          {EXTERNAL_SITUATIONS.map((value) => (
            <label key={value} className="chip">
              <input
                type="radio"
                name="situation"
                checked={situation === value}
                onChange={() => setSituation(value)}
              />
              {m(situationKey(value))}
            </label>
          ))}
          <label className="chip">
            <input
              type="radio"
              name="situation"
              checked={situation === null}
              onChange={() => setSituation(null)}
            />
            {c('form.situationNone')}
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{c('form.feelings')}</legend>
        <div className="chips">
          {INTERNAL_SITUATIONS.map((value) => (
            <label key={value} className="chip">
              <input
                type="checkbox"
                checked={feelings.includes(value)}
                onChange={() => setFeelings(toggled(feelings, value))}
              />
              {m(situationKey(value))}
            </label>
          ))}
        </div>
      </fieldset>
      <PlansForMoment situations={situations} plans={props.plans} />
      <fieldset>
        <legend>{c('form.helped')}</legend>
        <div className="chips">
          {COPING_STRATEGIES.map((value) => (
            <label key={value} className="chip">
              <input
                type="checkbox"
                checked={helped.includes(value)}
                onChange={() => setHelped(toggled(helped, value))}
              />
              {m(strategyKey(value))}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{c('form.drank')}</legend>
        <div className="choices">
          <label className="choice">
            <input type="radio" name="drank" checked={drank === false} onChange={() => setDrank(false)} />
            {c('form.drankNo')}
          </label>
          <label className="choice">
            <input type="radio" name="drank" checked={drank === true} onChange={() => setDrank(true)} />
            {c('form.drankYes')}
          </label>
        </div>
      </fieldset>
      <WhenFields date={date} time={time} onDate={setDate} onTime={setTime} />
      <div className="field">
        <label htmlFor="craving-note">{c('form.note')}</label>
        <span className="field-hint" id="craving-note-hint">
          {c('form.noteHint')}
        </span>
        <textarea
          id="craving-note"
          aria-describedby="craving-note-hint"
          maxLength={MAX_CRAVING_NOTE_LENGTH}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {error === null ? null : (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-large">
        {c('form.save')}
      </button>
    </form>
  );
}
