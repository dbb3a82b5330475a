import { wellbeingDue, wellbeingEvolution, type WellbeingAssessment } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allWellbeingAssessments } from '../../storage/wellbeing.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { useWellbeingText } from './messages.js';
import { WellbeingCheck } from './WellbeingCheck.js';
import { WellbeingHistory } from './WellbeingHistory.js';
import { WellbeingResult } from './WellbeingResult.js';
import './wellbeing.css';

function contextOf(history: readonly WellbeingAssessment[]): string {
  if (history.length === 0) return 'start';
  return wellbeingDue(history, today()).due ? 'check-in' : 'self';
}

function Overview(props: {
  readonly history: readonly WellbeingAssessment[];
  /** Just answered: shown at once, before the stored history catches up. */
  readonly justSaved: WellbeingAssessment | undefined;
  readonly onStart: () => void;
}): ReactNode {
  const { day } = useI18n();
  const w = useWellbeingText();
  const saved = props.justSaved;
  const history =
    saved === undefined ? props.history : [...props.history.filter((item) => item.id !== saved.id), saved];
  const due = wellbeingDue(history, today());
  const latest = history[history.length - 1];
  return (
    <>
      {saved === undefined ? null : <p role="status">{w('saved')}</p>}
      {latest === undefined ? null : (
        <WellbeingResult assessment={latest} previous={history[history.length - 2]} />
      )}
      <div className="stack" style={{ marginBottom: 'var(--space-4)' }}>
        {due.due ? null : <p className="small muted">{w('nextOn', { date: day(due.nextOn) })}</p>}
        <button type="button" className="button button-primary" onClick={props.onStart}>
          {latest === undefined ? w('start') : w('again')}
        </button>
      </div>
      <WellbeingHistory points={wellbeingEvolution(history)} />
    </>
  );
}

/** « Mon bien-être »: the WHO-5 whenever the person wants, the latest result and their own evolution. */
export default function WellbeingPage(): ReactNode {
  const { t } = useI18n();
  const w = useWellbeingText();
  const loaded = useStored(allWellbeingAssessments, 'wellbeing');
  const [answering, setAnswering] = useState(false);
  const [justSaved, setJustSaved] = useState<WellbeingAssessment>();

  return (
    <>
      <PageTitle>{t('route.wellbeing')}</PageTitle>
      <p>{w('intro')}</p>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : answering ? (
        <WellbeingCheck
          context={contextOf(loaded.value)}
          onSaved={(assessment) => {
            setJustSaved(assessment);
            setAnswering(false);
          }}
          onCancel={() => setAnswering(false)}
        />
      ) : (
        <Overview
          history={loaded.value}
          justSaved={justSaved}
          onStart={() => {
            setJustSaved(undefined);
            setAnswering(true);
          }}
        />
      )}
    </>
  );
}
