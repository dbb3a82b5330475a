import {
  createMotivationState,
  InvalidSupportInputError,
  latestRulerReadings,
  MAX_OWN_WORDS_LENGTH,
  RULER_KINDS,
  type DecisionalBalance as Balance,
  type Motivation,
  type RiskSituation,
  type RulerKind,
} from '@oz/core';
import { useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { nowIso } from '../../storage/ids.js';
import { saveMotivation } from '../../storage/support.js';
import type { RulerReading } from '../../storage/supportTypes.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { articlePath } from '../articles/paths.js';
import { DecisionalBalance } from './DecisionalBalance.js';
import { useMotivationText, type MotivationMessageKey } from './messages.js';
import { MotivationChecklist } from './MotivationChecklist.js';
import { RiskSituationPicker } from './RiskSituationPicker.js';
import { Ruler } from './Ruler.js';
import { recordRuler, useMotivation, useRulerReadings, type StoredMotivation } from './store.js';

function errorDetail(error: unknown): MotivationMessageKey {
  if (error instanceof InvalidSupportInputError && (error.code === 'too-long' || error.code === 'too-many')) {
    return `error.${error.code}`;
  }
  return 'error.other';
}

function MotivationForm(props: {
  readonly stored: StoredMotivation;
  readonly readings: readonly RulerReading[];
}): ReactNode {
  const m = useMotivationText();
  const { dateTime } = useI18n();
  const toast = useToast();
  const [reasons, setReasons] = useState<readonly Motivation[]>(props.stored.reasons);
  const [ownWords, setOwnWords] = useState(props.stored.ownWords);
  const [situations, setSituations] = useState<readonly RiskSituation[]>(props.stored.riskSituations);
  const [balance, setBalance] = useState<Balance>(props.stored.balance);
  const [rulers, setRulers] = useState<Partial<Record<RulerKind, number>>>({});
  const [error, setError] = useState<string | null>(null);
  const latest = latestRulerReadings(props.readings);

  const save = async (): Promise<void> => {
    try {
      const state = createMotivationState(
        { reasons, ownWords, riskSituations: situations, balance },
        nowIso(),
      );
      await saveMotivation(state);
      for (const kind of RULER_KINDS) {
        const value = rulers[kind];
        if (value !== undefined) await recordRuler(kind, value, 'motivation');
      }
      setRulers({});
      setError(null);
      toast.show(m('saved'));
    } catch (caught) {
      setError(m('error', { detail: m(errorDetail(caught)) }));
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
      <section className="card" aria-labelledby="reasons-section">
        <h2 id="reasons-section" className="visually-hidden">
          {m('reasons.title')}
        </h2>
        <MotivationChecklist value={reasons} onChange={setReasons} />
        <div className="field">
          <label htmlFor="own-words">{m('ownWords.label')}</label>
          <span className="field-hint" id="own-words-hint">
            {m('ownWords.hint')}
          </span>
          <textarea
            id="own-words"
            aria-describedby="own-words-hint"
            maxLength={MAX_OWN_WORDS_LENGTH}
            value={ownWords}
            onChange={(event) => setOwnWords(event.target.value)}
          />
        </div>
      </section>
      <section className="card" aria-labelledby="situations-section">
        <h2 id="situations-section">{m('situations.title')}</h2>
        <p className="field-hint">{m('situations.hint')}</p>
        <RiskSituationPicker value={situations} onChange={setSituations} />
        <Link to="/envie-de-boire/plans">{m('linkPlans')}</Link>
      </section>
      <section className="card" aria-labelledby="balance-section">
        <h2 id="balance-section">{m('balance.title')}</h2>
        <p className="field-hint">{m('balance.hint')}</p>
        <DecisionalBalance value={balance} onChange={setBalance} />
      </section>
      <section className="card" aria-labelledby="rulers-section">
        <h2 id="rulers-section">{m('rulers.title')}</h2>
        <p className="field-hint">{m('rulers.hint')}</p>
        {RULER_KINDS.map((kind) => {
          const last = latest[kind];
          return (
            <Ruler
              key={kind}
              kind={kind}
              value={rulers[kind] ?? last?.value ?? null}
              onChange={(value) => setRulers({ ...rulers, [kind]: value })}
              hint={
                last === undefined
                  ? m('ruler.notAnswered')
                  : m('ruler.last', {
                      value: last.value,
                      date: dateTime(new Date(last.takenAt), { dateStyle: 'long' }),
                    })
              }
            />
          );
        })}
      </section>
      {error === null ? null : (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-large">
        {m('save')}
      </button>
      <p style={{ marginTop: 'var(--space-4)' }}>
        <Link to={articlePath('cravings')}>{m('linkArticle')}</Link>
      </p>
    </form>
  );
}

/** Motivations: reasons and own words, risk situations, pros and cons, and the three 0–10 rulers. */
export default function MotivationPage(): ReactNode {
  const { t } = useI18n();
  const m = useMotivationText();
  const stored = useMotivation();
  const readings = useRulerReadings();
  return (
    <>
      <PageTitle>{t('route.motivation')}</PageTitle>
      <p>{m('page.intro')}</p>
      {stored.status === 'loading' || readings.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <MotivationForm stored={stored.value} readings={readings.value} />
      )}
    </>
  );
}
