import { localize, type QuizQuestion } from '@oz/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useProgrammeText } from '../messages.js';

/**
 * A quiz that teaches: each answer shows whether it was right and the explanation, whatever the choice.
 * The day's action is done once every question has an answer.
 */
export function QuizAction(props: {
  readonly questions: readonly QuizQuestion[];
  readonly onDone: () => void;
}): ReactNode {
  const { locale } = useI18n();
  const p = useProgrammeText();
  const [answers, setAnswers] = useState<Readonly<Record<string, number>>>({});
  const { onDone, questions } = props;
  const complete = questions.every((question) => answers[question.id] !== undefined);
  useEffect(() => {
    if (complete) onDone();
  }, [complete, onDone]);

  return (
    <>
      <p>{p('quiz.prompt')}</p>
      {questions.map((question) => {
        const chosen = answers[question.id];
        const name = `quiz-${question.id}`;
        return (
          <fieldset key={question.id} className="field" aria-describedby={`${name}-feedback`}>
            <legend>{localize(question.question, locale)}</legend>
            <div className="choices">
              {question.options.map((option, index) => (
                <label key={option.fr} className="choice">
                  <input
                    type="radio"
                    name={name}
                    value={String(index)}
                    checked={chosen === index}
                    onChange={() => setAnswers({ ...answers, [question.id]: index })}
                  />
                  {localize(option, locale)}
                </label>
              ))}
            </div>
            <p id={`${name}-feedback`} aria-live="polite">
              {chosen === undefined ? null : (
                <>
                  <strong>{p(chosen === question.answer ? 'quiz.right' : 'quiz.wrong')}</strong>{' '}
                  {localize(question.explanation, locale)}
                </>
              )}
            </p>
          </fieldset>
        );
      })}
    </>
  );
}
