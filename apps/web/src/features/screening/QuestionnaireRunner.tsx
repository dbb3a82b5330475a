import { completeAnswers, localize, nextItemIndex, type Questionnaire } from '@oz/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Icon } from '../../ui/icons.js';
import { PageTitle } from '../../ui/PageTitle.js';

/**
 * One question per screen. Each answer is a button: one tap answers and moves on (under a minute for
 * AUDIT-C), and the previous answer stays marked (aria-pressed) when going back. The instrument's skip rules
 * are followed (WHO AUDIT: a person who never drinks goes straight to questions 9–10): skipped questions are
 * not asked and count as their 0-point answer (core nextItemIndex / completeAnswers).
 */
export function QuestionnaireRunner(props: {
  readonly questionnaire: Questionnaire;
  readonly onComplete: (answers: readonly number[]) => void;
  readonly onExit: () => void;
}): ReactNode {
  const { questionnaire, onComplete, onExit } = props;
  const { t, locale } = useI18n();
  const [started, setStarted] = useState(false);
  // The items asked so far, in order: the last one is on screen; "previous" pops it.
  const [path, setPath] = useState<readonly number[]>([0]);
  const [given, setGiven] = useState<ReadonlyMap<number, number>>(() => new Map());
  const index = path.at(-1) ?? 0;
  const total = questionnaire.items.length;
  const item = questionnaire.items[index];
  const moved = useRef(false);

  useEffect(() => {
    // Each new question is announced: focus goes to its heading (not on the first render).
    if (!moved.current) {
      moved.current = true;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [index, started]);

  if (!started || item === undefined) {
    return (
      <>
        <PageTitle>{localize(questionnaire.name, locale)}</PageTitle>
        <p>{localize(questionnaire.intro, locale)}</p>
        <p className="notice">{t('screening.standardDrinkHint')}</p>
        <p className="muted small">{t('screening.privacy', { count: total })}</p>
        <div className="stack">
          <button
            type="button"
            className="button button-primary button-large"
            onClick={() => setStarted(true)}
          >
            {t('screening.start')}
          </button>
          <button type="button" className="button button-quiet button-block" onClick={onExit}>
            {t('screening.notNow')}
          </button>
        </div>
      </>
    );
  }

  const choose = (option: number): void => {
    const answered = new Map(given).set(index, option);
    const next = nextItemIndex(questionnaire, completeAnswers(questionnaire, answered, index + 1));
    // Answers to questions now skipped (an earlier path) must not count: they score 0.
    for (let skipped = index + 1; skipped < (next ?? total); skipped += 1) answered.delete(skipped);
    setGiven(answered);
    if (next === null) onComplete(completeAnswers(questionnaire, answered));
    else setPath([...path, next]);
  };

  return (
    <>
      <p className="progress">{t('screening.progress', { current: index + 1, total })}</p>
      <PageTitle>
        <span className="question">{localize(item.text, locale)}</span>
      </PageTitle>
      {item.hint === undefined ? null : <p className="muted">{localize(item.hint, locale)}</p>}
      <div className="choices" role="group" aria-label={t('screening.answers')}>
        {item.options.map((option, optionIndex) => (
          <button
            key={localize(option.label, 'fr')}
            type="button"
            className="choice"
            aria-pressed={given.get(index) === optionIndex}
            onClick={() => choose(optionIndex)}
          >
            {localize(option.label, locale)}
          </button>
        ))}
      </div>
      <div className="row" style={{ marginTop: 'var(--space-5)' }}>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => (path.length <= 1 ? setStarted(false) : setPath(path.slice(0, -1)))}
        >
          <Icon name="back" size={20} />
          {t('screening.previous')}
        </button>
      </div>
    </>
  );
}
