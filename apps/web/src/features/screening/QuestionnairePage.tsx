import type { ReactNode } from 'react';
import NotFoundPage from '../../app/NotFoundPage.js';
import { goBack, navigate } from '../../app/navigation.js';
import { usePreferences } from '../../app/preferences.js';
import type { RouteProps } from '../../app/routes.js';
import { isOzInstrument, QUESTIONNAIRES } from './instruments.js';
import { QuestionnaireRunner } from './QuestionnaireRunner.js';
import { saveResult } from './saveResult.js';
import { runWrite } from '../../app/useWrite.js';

/** /evaluer/audit, /evaluer/face, /evaluer/audit-c: take (or re-take) a questionnaire. */
export default function QuestionnairePage({ params }: RouteProps): ReactNode {
  const { preferences } = usePreferences();
  const instrument = params['instrument'] ?? '';
  if (!isOzInstrument(instrument)) return <NotFoundPage />;
  return (
    <QuestionnaireRunner
      key={instrument}
      questionnaire={QUESTIONNAIRES[instrument]}
      onExit={() => goBack('/evaluer')}
      onComplete={(answers) => {
        void runWrite(() => saveResult(instrument, answers, preferences.profile.sex)).then((saved) => {
          if (saved.ok) navigate(`/resultat/${saved.value}`, { replace: true });
        });
      }}
    />
  );
}
