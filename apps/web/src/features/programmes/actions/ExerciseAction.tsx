import {
  createMotivationState,
  type DecisionalBalance as Balance,
  type Motivation,
  type ProgrammeExercise,
  type RiskSituation,
} from '@oz/core';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from '../../../app/Link.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useStored } from '../../../storage/changes.js';
import { nowIso } from '../../../storage/ids.js';
import { allPlans, saveMotivation } from '../../../storage/support.js';
import { DecisionalBalance } from '../../motivation/DecisionalBalance.js';
import { MotivationChecklist } from '../../motivation/MotivationChecklist.js';
import { RiskSituationPicker } from '../../motivation/RiskSituationPicker.js';
import { Ruler } from '../../motivation/Ruler.js';
import { recordRuler, useMotivation, type StoredMotivation } from '../../motivation/store.js';
import { exerciseKey, useProgrammeText } from '../messages.js';

type Part = Pick<StoredMotivation, 'reasons' | 'riskSituations' | 'balance'>;

/** One part of the motivation record, edited here and saved with the rest kept as it was. */
function MotivationPartForm(props: {
  readonly stored: StoredMotivation;
  readonly exercise: 'motivations' | 'risk-situations' | 'decisional-balance';
  readonly onDone: () => void;
}): ReactNode {
  const p = useProgrammeText();
  const [reasons, setReasons] = useState<readonly Motivation[]>(props.stored.reasons);
  const [situations, setSituations] = useState<readonly RiskSituation[]>(props.stored.riskSituations);
  const [balance, setBalance] = useState<Balance>(props.stored.balance);
  const [status, setStatus] = useState<'idle' | 'saved' | 'error'>('idle');

  const save = async (): Promise<void> => {
    const part: Part = { reasons, riskSituations: situations, balance };
    try {
      const { updatedAt: _updatedAt, ...rest } = props.stored;
      await saveMotivation(createMotivationState({ ...rest, ...part }, nowIso()));
      setStatus('saved');
      props.onDone();
    } catch {
      setStatus('error');
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {props.exercise === 'motivations' ? (
        <MotivationChecklist value={reasons} onChange={setReasons} />
      ) : null}
      {props.exercise === 'risk-situations' ? (
        <RiskSituationPicker value={situations} onChange={setSituations} />
      ) : null}
      {props.exercise === 'decisional-balance' ? (
        <DecisionalBalance value={balance} onChange={setBalance} />
      ) : null}
      <button type="submit" className="button button-primary">
        {p('exercise.save')}
      </button>
      <p aria-live="polite" className={status === 'error' ? 'notice notice-error' : undefined}>
        {status === 'idle' ? null : p(status === 'saved' ? 'exercise.saved' : 'exercise.error')}
      </p>
    </form>
  );
}

function RulersForm(props: { readonly context: string; readonly onDone: () => void }): ReactNode {
  const p = useProgrammeText();
  const [importance, setImportance] = useState<number | null>(null);
  const [confidence, setConfidence] = useState<number | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'error'>('idle');
  const save = async (): Promise<void> => {
    if (importance === null || confidence === null) {
      setStatus('error');
      return;
    }
    await recordRuler('importance', importance, props.context);
    await recordRuler('confidence', confidence, props.context);
    setStatus('saved');
    props.onDone();
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Ruler kind="importance" name="programme-importance" value={importance} onChange={setImportance} />
      <Ruler kind="confidence" name="programme-confidence" value={confidence} onChange={setConfidence} />
      <button type="submit" className="button button-primary">
        {p('exercise.save')}
      </button>
      <p aria-live="polite" className={status === 'error' ? 'notice notice-error' : undefined}>
        {status === 'idle' ? null : p(status === 'saved' ? 'exercise.saved' : 'exercise.rulers')}
      </p>
    </form>
  );
}

function CopingPlanStep(props: { readonly onDone: () => void }): ReactNode {
  const p = useProgrammeText();
  const plans = useStored(allPlans, 'programme-plans');
  const count = plans.status === 'ready' ? plans.value.length : 0;
  const { onDone } = props;
  useEffect(() => {
    if (count > 0) onDone();
  }, [count, onDone]);
  return (
    <>
      <Link to="/envie-de-boire/plans" className="button">
        {p('exercise.openPlans')}
      </Link>
      {plans.status === 'ready' ? <p aria-live="polite">{p('exercise.plans', { count })}</p> : null}
    </>
  );
}

function HarmReductionStep(props: { readonly onDone: () => void }): ReactNode {
  const p = useProgrammeText();
  const [read, setRead] = useState(false);
  return (
    <>
      <p>
        <Link to="/reduire-les-risques">{p('exercise.openHarmReduction')}</Link>
      </p>
      <button
        type="button"
        className="button"
        aria-pressed={read}
        onClick={() => {
          setRead(true);
          props.onDone();
        }}
      >
        {p('exercise.readDone')}
      </button>
      <p aria-live="polite">{read ? p('exercise.readConfirmed') : null}</p>
    </>
  );
}

/** The day's exercise, with the motivation tools' own components (features/motivation). */
export function ExerciseAction(props: {
  readonly exercise: ProgrammeExercise;
  /** Where ruler answers come from, e.g. 'programme:premiers-pas'. */
  readonly context: string;
  readonly onDone: () => void;
}): ReactNode {
  const { t } = useI18n();
  const p = useProgrammeText();
  const stored = useMotivation();
  const { exercise, onDone } = props;
  const body = ((): ReactNode => {
    switch (exercise) {
      case 'rulers':
        return <RulersForm context={props.context} onDone={onDone} />;
      case 'coping-plan':
        return <CopingPlanStep onDone={onDone} />;
      case 'harm-reduction':
        return <HarmReductionStep onDone={onDone} />;
      case 'motivations':
      case 'risk-situations':
      case 'decisional-balance':
        return stored.status === 'loading' ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <MotivationPartForm stored={stored.value} exercise={exercise} onDone={onDone} />
        );
    }
  })();
  return (
    <>
      <p>{p(exerciseKey(exercise))}</p>
      {body}
    </>
  );
}
