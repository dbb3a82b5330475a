import type { ReactNode } from 'react';
import { useProI18n } from '../i18n/ProI18n.js';
import type { Urgency } from './timeLeftText.js';

const MARKS: Readonly<Record<Urgency, string>> = { breached: '⚠', alert: '◔', ok: '', done: '✓' };

/** Time left with a shape and a word, never colour alone: ⚠ "Délai dépassé", ◔ "Bientôt dû". */
export function DeadlineCell(props: { readonly urgency: Urgency; readonly text: string }): ReactNode {
  const { t } = useProI18n();
  return (
    <span className="deadline" data-urgency={props.urgency}>
      {MARKS[props.urgency] === '' ? null : <span aria-hidden="true">{MARKS[props.urgency]} </span>}
      {props.urgency === 'breached' ? <strong className="badge-breach">{t('queue.breached')}</strong> : null}
      {props.urgency === 'alert' ? <strong className="badge-alert">{t('queue.alert')}</strong> : null}{' '}
      <span>{props.text}</span>
    </span>
  );
}
