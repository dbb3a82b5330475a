import type { Programme, ProgrammeDay } from '@oz/core';
import type { ReactNode } from 'react';
import type { ProgrammeRunRecord } from '../../storage/programmes.js';
import { DiaryAction } from './actions/DiaryAction.js';
import { ExerciseAction } from './actions/ExerciseAction.js';
import { GoalAction } from './actions/GoalAction.js';
import { QuizAction } from './actions/QuizAction.js';
import { ReviewAction } from './actions/ReviewAction.js';

/** The day's one action; `onDone` is called once it is done (the « finish the day » button then works). */
export function DayAction(props: {
  readonly programme: Programme;
  readonly day: ProgrammeDay;
  readonly run: ProgrammeRunRecord;
  readonly onDone: () => void;
}): ReactNode {
  const { action } = props.day;
  switch (action.kind) {
    case 'quiz':
      return <QuizAction questions={action.questions} onDone={props.onDone} />;
    case 'exercise':
      return (
        <ExerciseAction
          exercise={action.exercise}
          context={`programme:${props.programme.id}`}
          onDone={props.onDone}
        />
      );
    case 'set-goal':
      return (
        <GoalAction programme={props.programme} run={props.run} day={props.day.day} onDone={props.onDone} />
      );
    case 'fill-diary':
      return <DiaryAction onDone={props.onDone} />;
    case 'review':
      return <ReviewAction run={props.run} onDone={props.onDone} />;
  }
}
