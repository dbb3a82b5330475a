import { AUDIT_C } from '@oz/core';
import type { ReactNode } from 'react';
import { navigate } from '../../app/navigation.js';
import { usePreferences } from '../../app/preferences.js';
import { QuestionnaireRunner } from './QuestionnaireRunner.js';
import { saveResult } from './saveResult.js';
import { runWrite } from '../../app/useWrite.js';

/** First-visit quick test: AUDIT-C, one question per screen, then the result page. */
export default function QuickTestPage(): ReactNode {
  const { preferences, update } = usePreferences();
  return (
    <QuestionnaireRunner
      questionnaire={AUDIT_C}
      onExit={() => {
        void update({ onboardingDone: true }).then((saved) => {
          if (saved) navigate('/');
        });
      }}
      onComplete={(answers) => {
        void (async () => {
          // Not saved: the answers stay on screen (the banner says why), ready to send again.
          const saved = await runWrite(() => saveResult('audit-c', answers, preferences.profile.sex));
          if (!saved.ok) return;
          await update({ onboardingDone: true });
          navigate(`/resultat/${saved.value}`, { replace: true });
        })();
      }}
    />
  );
}
