import type { RequestDetail } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n } from '../i18n/ProI18n.js';

/** Runs an action on the request; resolves true when it succeeded (the page then shows the new request). */
export type RunAction = (action: () => Promise<RequestDetail>) => Promise<boolean>;

/** What every form of the actions panel receives. */
export interface ActionFormProps {
  readonly request: RequestDetail;
  readonly run: RunAction;
}

/** The optional comment of an action, left out of the payload when nothing but spaces was typed. */
export function optionalComment(comment: string): { readonly comment?: string } {
  return comment.trim() === '' ? {} : { comment };
}

/** The free-text comment field shared by the attempt, status and referral forms. */
export function CommentField(props: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}): ReactNode {
  const { t } = useProI18n();
  return (
    <div className="field">
      <label htmlFor={props.id}>{t('action.comment')}</label>
      <input
        id={props.id}
        type="text"
        maxLength={1000}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
