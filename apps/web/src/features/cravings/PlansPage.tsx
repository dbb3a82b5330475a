import {
  createPlan,
  EXTERNAL_SITUATIONS,
  INTERNAL_SITUATIONS,
  isRiskSituation,
  MAX_PLAN_TEXT_LENGTH,
  RISK_SITUATIONS,
  type RiskSituation,
} from '@oz/core';
import { useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useLocation } from '../../app/navigation.js';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { newId, nowIso } from '../../storage/ids.js';
import { allPlans, deletePlan, savePlan } from '../../storage/support.js';
import type { CopingPlan } from '../../storage/supportTypes.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { ifKey, situationKey, useMotivationText } from '../motivation/messages.js';
import { useCravingText } from './messages.js';
import { usePlanSentence } from './PlanSentence.js';

function PlanForm(props: {
  readonly editing: CopingPlan | null;
  readonly initialSituation: RiskSituation;
  readonly onDone: () => void;
}): ReactNode {
  const c = useCravingText();
  const m = useMotivationText();
  const toast = useToast();
  const [situation, setSituation] = useState<RiskSituation>(
    props.editing?.situation ?? props.initialSituation,
  );
  const [ifText, setIfText] = useState(props.editing?.ifText ?? '');
  const [thenText, setThenText] = useState(props.editing?.thenText ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = async (): Promise<void> => {
    if (thenText.trim() === '') {
      setError(c('plansPage.errorThen'));
      return;
    }
    try {
      const now = nowIso();
      await savePlan(
        createPlan({
          id: props.editing?.id ?? newId(),
          situation,
          ifText,
          thenText,
          createdAt: props.editing?.createdAt ?? now,
          updatedAt: now,
        }),
      );
    } catch {
      setError(c('plansPage.errorOther'));
      return;
    }
    toast.show(c('plansPage.saved'));
    setIfText('');
    setThenText('');
    setError(null);
    props.onDone();
  };

  const group = (situations: readonly RiskSituation[]): ReactNode =>
    situations.map((value) => (
      <option key={value} value={value}>
        {m(situationKey(value))}
      </option>
    ));

  return (
    <form
      className="card"
      aria-labelledby="plan-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="plan-form-title">
        {c(props.editing === null ? 'plansPage.formTitle' : 'plansPage.editTitle')}
      </h2>
      <div className="field">
        <label htmlFor="plan-situation">{c('plansPage.situation')}</label>
        <select
          id="plan-situation"
          value={situation}
          onChange={(event) => {
            if (isRiskSituation(event.target.value)) setSituation(event.target.value);
          }}
        >
          <optgroup label={m('situations.external')}>{group(EXTERNAL_SITUATIONS)}</optgroup>
          <optgroup label={m('situations.internal')}>{group(INTERNAL_SITUATIONS)}</optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor="plan-if">{c('plansPage.if')}</label>
        <span className="field-hint" id="plan-if-hint">
          {c('plansPage.ifHint', { default: m(ifKey(situation)) })}
        </span>
        <input
          id="plan-if"
          type="text"
          aria-describedby="plan-if-hint"
          maxLength={MAX_PLAN_TEXT_LENGTH}
          value={ifText}
          onChange={(event) => setIfText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="plan-then">{c('plansPage.then')}</label>
        <span className="field-hint" id="plan-then-hint">
          {c('plansPage.thenHint')}
        </span>
        <input
          id="plan-then"
          type="text"
          aria-describedby="plan-then-hint"
          maxLength={MAX_PLAN_TEXT_LENGTH}
          value={thenText}
          onChange={(event) => setThenText(event.target.value)}
        />
      </div>
      {error === null ? null : (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="stack">
        <button type="submit" className="button button-primary button-block">
          {c('plansPage.save')}
        </button>
        {props.editing === null ? null : (
          <button type="button" className="button button-quiet button-block" onClick={props.onDone}>
            {c('plansPage.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The person's « si… alors… » plans: write, edit, delete (with undo). `?situation=` preselects one. */
export default function PlansPage(): ReactNode {
  const { t } = useI18n();
  const c = useCravingText();
  const toast = useToast();
  const sentence = usePlanSentence();
  const { search } = useLocation();
  const requested = search.get('situation');
  const initialSituation: RiskSituation = isRiskSituation(requested) ? requested : 'party';
  const plans = useStored(allPlans, 'plans');
  const [editing, setEditing] = useState<CopingPlan | null>(null);
  if (plans.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  const ordered = [...plans.value].sort(
    (a, b) => RISK_SITUATIONS.indexOf(a.situation) - RISK_SITUATIONS.indexOf(b.situation),
  );
  return (
    <>
      <PageTitle>{t('route.plans')}</PageTitle>
      <p>{c('plansPage.intro')}</p>
      <PlanForm
        key={editing?.id ?? 'new'}
        editing={editing}
        initialSituation={initialSituation}
        onDone={() => setEditing(null)}
      />
      <section className="card" aria-labelledby="plans-list-title">
        <h2 id="plans-list-title">{c('plansPage.listTitle')}</h2>
        {ordered.length === 0 ? (
          <p className="muted">{c('plansPage.empty')}</p>
        ) : (
          <ul className="list">
            {ordered.map((plan) => (
              <li key={plan.id} className="list-row">
                <span>{sentence(plan)}</span>
                <span className="row">
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={c('plansPage.editLabel', { plan: sentence(plan) })}
                    onClick={() => setEditing(plan)}
                  >
                    {c('plansPage.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={c('plansPage.deleteLabel', { plan: sentence(plan) })}
                    onClick={() => {
                      void deletePlan(plan.id).then(() =>
                        toast.show(c('plansPage.deleted'), () => {
                          void savePlan(plan);
                        }),
                      );
                    }}
                  >
                    {c('plansPage.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Link to="/motivations">{c('plansPage.motivation')}</Link>
    </>
  );
}
