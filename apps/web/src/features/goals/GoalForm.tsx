import { createGoal, InvalidGoalError, type Goal, WEEKDAYS, weekStart, type Weekday } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { newId, nowIso } from '../../storage/ids.js';
import { saveGoal } from '../../storage/repositories.js';
import type { GoalRecord } from '../../storage/types.js';
import { DecimalField, parseDecimal } from '../../ui/DecimalField.js';
import { usePersonReperes } from '../../ui/usePersonReperes.js';
import { WithdrawalCaution } from '../../ui/WithdrawalCaution.js';
import { SafetyCheck } from '../safety/SafetyCheck.js';
import { loadSafetyGate, type SafetyGateState } from '../safety/safetyGate.js';
import { useWeekdayName } from './GoalWeeks.js';
import { runWrite } from '../../app/useWrite.js';

function errorKey(error: unknown): MessageKey {
  if (error instanceof InvalidGoalError) {
    if (error.code === 'per-day-above-weekly') return 'goals.errorPerDay';
    if (error.code === 'drinks-on-all-drink-free-week') return 'goals.errorAllFree';
  }
  return 'goals.errorNumber';
}

export function GoalForm(props: {
  readonly current: GoalRecord | undefined;
  readonly withdrawalCaution: boolean;
}): ReactNode {
  const { t, number } = useI18n();
  const toast = useToast();
  const weekdayName = useWeekdayName();
  // The preset is the person's repère: zero during pregnancy and under 18, 7 a week from 65 (core reperesFor).
  const { limits, zeroReason } = usePersonReperes();
  const [perWeek, setPerWeek] = useState(
    props.current === undefined ? '' : number(props.current.maxStandardDrinksPerWeek),
  );
  const [perDay, setPerDay] = useState(
    props.current === undefined ? '' : number(props.current.maxStandardDrinksPerDrinkingDay),
  );
  const [freeDays, setFreeDays] = useState<readonly Weekday[]>(props.current?.drinkFreeWeekdays ?? []);
  const [error, setError] = useState<MessageKey | null>(null);
  // A deep cut waiting for the safety questions (issue 8): the goal is saved once they are answered.
  const [pending, setPending] = useState<{ goal: Goal; safety: SafetyGateState } | null>(null);
  const stopping = parseDecimal(perWeek) === 0;

  const suggest = (): void => {
    setPerWeek(number(limits.maxPerWeek));
    setPerDay(limits.maxPerWeek === 0 ? '' : number(limits.maxPerDay));
    // The repères say "days without alcohol" without naming them: the person picks which.
  };

  const persist = async (goal: Goal): Promise<void> => {
    // Not saved: the form keeps what was typed (the banner says why), ready to try again.
    const saved = await runWrite(() =>
      saveGoal({ ...goal, id: newId(), startsOn: weekStart(today()), createdAt: nowIso() }),
    );
    if (!saved.ok) return;
    setPending(null);
    toast.show(t('goals.savedToast'));
  };

  const save = async (): Promise<void> => {
    let goal: Goal;
    try {
      const week = parseDecimal(perWeek) ?? Number.NaN;
      const day = parseDecimal(perDay);
      goal = createGoal({
        maxStandardDrinksPerWeek: week,
        ...(day === undefined ? {} : { maxStandardDrinksPerDrinkingDay: day }),
        drinkFreeWeekdays: week === 0 ? WEEKDAYS : freeDays,
      });
      setError(null);
    } catch (caught) {
      setError(errorKey(caught));
      return;
    }
    const weekly = goal.maxStandardDrinksPerWeek;
    const safety = await loadSafetyGate(
      weekly === 0 ? { kind: 'break' } : { kind: 'weekly-limit', maxStandardDrinksPerWeek: weekly },
    );
    if (safety.gate.ask) setPending({ goal, safety });
    else await persist(goal);
  };

  return (
    <form
      className="card"
      aria-labelledby="goal-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="goal-form-title">
        {t(props.current === undefined ? 'goals.formTitle' : 'goals.formTitleChange')}
      </h2>
      <div className="notice small">
        <p>
          {zeroReason === null
            ? t('goals.suggestion', { week: limits.maxPerWeek, day: limits.maxPerDay })
            : t(zeroReason === 'pregnancy' ? 'goals.suggestionPregnancy' : 'goals.suggestionMinor')}
        </p>
        <button type="button" className="button" onClick={suggest}>
          {t('goals.useSuggestion')}
        </button>
      </div>
      <DecimalField
        id="goal-week"
        label={t('goals.perWeek')}
        hint={t('goals.perWeekHint')}
        value={perWeek}
        onChange={setPerWeek}
      />
      {stopping ? null : (
        <DecimalField id="goal-day" label={t('goals.perDay')} value={perDay} onChange={setPerDay} />
      )}
      {stopping ? null : (
        <fieldset>
          <legend>{t('goals.freeDays')}</legend>
          <p className="field-hint">{t('goals.freeDaysHint')}</p>
          <div className="chips">
            {WEEKDAYS.map((weekday) => (
              <label key={weekday} className="chip">
                <input
                  type="checkbox"
                  checked={freeDays.includes(weekday)}
                  onChange={() =>
                    setFreeDays(
                      freeDays.includes(weekday)
                        ? freeDays.filter((d) => d !== weekday)
                        : [...freeDays, weekday],
                    )
                  }
                />
                {weekdayName(weekday)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {stopping && props.withdrawalCaution ? <WithdrawalCaution /> : null}
      {error === null ? null : (
        <p className="notice notice-error" role="alert">
          {t(error)}
        </p>
      )}
      {pending !== null ? (
        <SafetyCheck
          state={pending.safety}
          onProceed={() => persist(pending.goal)}
          onBack={() => setPending(null)}
          proceedAnywayLabel={t('goals.saveAnyway')}
        />
      ) : stopping && props.withdrawalCaution ? (
        <div className="stack">
          <Link to="/aide?type=csapa" className="button button-primary button-block">
            {t('goals.findSupport')}
          </Link>
          <button type="submit" className="button button-block">
            {t('goals.saveAccompanied')}
          </button>
        </div>
      ) : (
        <button type="submit" className="button button-primary button-block">
          {t('goals.save')}
        </button>
      )}
    </form>
  );
}
