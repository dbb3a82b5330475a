import { localize, programmeTitle, type Programme } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { navigate } from '../../app/navigation.js';
import { useToast } from '../../app/Toast.js';
import { runWrite } from '../../app/useWrite.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { BeforeDeepCut } from '../safety/BeforeDeepCut.js';
import { useProgrammeText } from './messages.js';
import { startRun } from './model.js';
import { programmeDayPath } from './paths.js';

/**
 * Starts a programme. The month without alcohol is a break: the safety gate of @oz/core deepCutSafety
 * (features/safety BeforeDeepCut) comes first when it says so — never an abrupt stop pushed on a person who
 * may be dependent.
 */
export function StartProgramme(props: { readonly programme: Programme; readonly again: boolean }): ReactNode {
  const { locale } = useI18n();
  const p = useProgrammeText();
  const toast = useToast();
  const [starting, setStarting] = useState(false);
  const { programme } = props;

  const start = async (): Promise<void> => {
    if (starting) return;
    setStarting(true);
    const started = await runWrite(() => startRun(programme.id));
    setStarting(false);
    if (!started.ok) return;
    toast.show(p('list.started'));
    navigate(programmeDayPath(programme.id, 1));
  };

  const label = props.again ? p('programme.restart') : p('list.start');
  if (programme.kind !== 'break') {
    return (
      <button type="button" className="button button-primary button-block" onClick={() => void start()}>
        {label}
      </button>
    );
  }
  return (
    <>
      <p className="notice notice-caution">{p('list.breakNote')}</p>
      <BeforeDeepCut
        plan={{ kind: 'break' }}
        proceedLabel={
          props.again
            ? label
            : p('list.startBreak', { title: localize(programmeTitle(programme, today()), locale) })
        }
        onProceed={start}
      />
    </>
  );
}
