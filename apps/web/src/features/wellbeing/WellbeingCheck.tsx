import {
  createWellbeingAssessment,
  localize,
  QOL_DOMAIN_LABELS,
  QOL_DOMAINS,
  QOL_RATING_LABELS,
  QOL_RATINGS,
  WHO5_ANSWERS,
  WHO5_INTRO,
  WHO5_ITEMS,
  type QolDomain,
  type QolRating,
  type WellbeingAssessment,
} from '@oz/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { newId, nowIso } from '../../storage/ids.js';
import { countWellbeingChange } from '../../stats/usage.js';
import { allWellbeingAssessments, saveWellbeingAssessment } from '../../storage/wellbeing.js';
import { useWellbeingText } from './messages.js';
import { WellbeingResult } from './WellbeingResult.js';

/*
 * The quality-of-life assessment, embeddable: the WHO-5 (five statements, one radio group each, keyboard and
 * screen-reader friendly), then the optional life domains on their own, clearly outside the WHO-5. Saves on
 * the device and shows the result. The programmes embed it at the end of a programme with
 * `context="programme:<id>"`; the wellbeing page with 'start', 'check-in' or 'self'.
 */

export interface WellbeingCheckProps {
  /** Where it is taken: 'start', 'check-in', 'self', 'programme:<id>' (kept with the answers). */
  readonly context: string;
  /** Called once the answers are saved; without it, the result is shown in place of the form. */
  readonly onSaved?: (assessment: WellbeingAssessment) => void;
  readonly onCancel?: () => void;
}

function Who5Item(props: {
  readonly index: number;
  readonly value: number | undefined;
  readonly onChange: (value: number) => void;
}): ReactNode {
  const { locale } = useI18n();
  const item = WHO5_ITEMS[props.index];
  if (item === undefined) return null;
  return (
    <fieldset className="field">
      <legend className="question">
        {props.index + 1}. {localize(item.text, locale)}
      </legend>
      <div className="choices">
        {WHO5_ANSWERS.map((answer) => (
          <label key={answer.value} className="choice">
            <input
              type="radio"
              name={item.id}
              value={answer.value}
              checked={props.value === answer.value}
              onChange={() => props.onChange(answer.value)}
            />
            {localize(answer.label, locale)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function DomainItem(props: {
  readonly domain: QolDomain;
  readonly value: QolRating | undefined;
  readonly onChange: (value: QolRating | undefined) => void;
}): ReactNode {
  const { locale } = useI18n();
  const w = useWellbeingText();
  const name = `qol-${props.domain}`;
  return (
    <fieldset className="field">
      <legend>
        <strong>{w('domainsLegend', { domain: localize(QOL_DOMAIN_LABELS[props.domain], locale) })}</strong>
      </legend>
      <div className="chips">
        {QOL_RATINGS.map((rating) => (
          <label key={rating} className="chip">
            <input
              type="radio"
              name={name}
              checked={props.value === rating}
              onChange={() => props.onChange(rating)}
            />
            {localize(QOL_RATING_LABELS[rating], locale)}
          </label>
        ))}
        <label className="chip">
          <input
            type="radio"
            name={name}
            checked={props.value === undefined}
            onChange={() => props.onChange(undefined)}
          />
          {w('domainSkip')}
        </label>
      </div>
    </fieldset>
  );
}

export function WellbeingCheck(props: WellbeingCheckProps): ReactNode {
  const { locale } = useI18n();
  const w = useWellbeingText();
  const [answers, setAnswers] = useState<readonly (number | undefined)[]>(() =>
    WHO5_ITEMS.map(() => undefined),
  );
  const [domains, setDomains] = useState<Partial<Record<QolDomain, QolRating>>>({});
  const [problem, setProblem] = useState<'missing' | 'saveError' | null>(null);
  const [saved, setSaved] = useState<{ assessment: WellbeingAssessment; previous?: WellbeingAssessment }>();

  if (saved !== undefined && props.onSaved === undefined) {
    return (
      <>
        <p role="status">{w('saved')}</p>
        <WellbeingResult assessment={saved.assessment} previous={saved.previous} />
      </>
    );
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const given = answers.filter((answer): answer is number => answer !== undefined);
    if (given.length !== WHO5_ITEMS.length) {
      setProblem('missing');
      return;
    }
    try {
      const history = await allWellbeingAssessments();
      const assessment = createWellbeingAssessment({
        id: newId(),
        date: today(),
        takenAt: nowIso(),
        who5: given,
        domains,
        context: props.context,
      });
      await saveWellbeingAssessment(assessment);
      void countWellbeingChange(history[0], assessment);
      const previous = history[history.length - 1];
      setSaved(previous === undefined ? { assessment } : { assessment, previous });
      props.onSaved?.(assessment);
    } catch {
      setProblem('saveError');
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-label={w('start')}>
      <p className="small muted">{w('instrument')}</p>
      <p>
        <strong>{localize(WHO5_INTRO, locale)}</strong>
      </p>
      {WHO5_ITEMS.map((item, index) => (
        <Who5Item
          key={item.id}
          index={index}
          value={answers[index]}
          onChange={(value) => setAnswers(answers.map((answer, at) => (at === index ? value : answer)))}
        />
      ))}
      <section className="card" aria-labelledby="qol-domains-title">
        <h2 id="qol-domains-title">{w('domainsTitle')}</h2>
        <p className="small muted">{w('domainsIntro')}</p>
        {QOL_DOMAINS.map((domain) => (
          <DomainItem
            key={domain}
            domain={domain}
            value={domains[domain]}
            onChange={(value) => {
              const others = Object.entries(domains).filter(([key]) => key !== domain);
              setDomains({
                ...Object.fromEntries(others),
                ...(value === undefined ? {} : { [domain]: value }),
              });
            }}
          />
        ))}
      </section>
      {problem === null ? null : (
        <p className="notice notice-error" role="alert">
          {w(problem)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary">
          {w('submit')}
        </button>
        {props.onCancel === undefined ? null : (
          <button type="button" className="button" onClick={props.onCancel}>
            {w('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
