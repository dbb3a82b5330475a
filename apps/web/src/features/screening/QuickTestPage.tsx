import { AUDIT_C } from '@oz/core';
import type { ReactNode } from 'react';
import { navigate } from '../../app/navigation.js';
import { usePreferences } from '../../app/preferences.js';
import { QuestionnaireRunner } from './QuestionnaireRunner.js';
import { saveResult } from './saveResult.js';

/** First-visit quick test: AUDIT-C, one question per screen, then the result page. */
export default function QuickTestPage(): ReactNode {
  const { preferences, update } = usePreferences();
  return (
    <QuestionnaireRunner
      questionnaire={AUDIT_C}
      onExit={() => {
        void update({ onboardingDone: true }).then(() => navigate('/'));
      }}
      onComplete={(answers) => {
        void (async () => {
          const id = await saveResult('audit-c', answers, preferences.profile.sex);
          await update({ onboardingDone: true });
          navigate(`/resultat/${id}`, { replace: true });
        })();
      }}
    />
  );
}
