import { useState, type ReactNode } from 'react';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { useApi } from '../shell/useApi.js';
import { CommentField, optionalComment, type ActionFormProps } from './actionParts.js';

/** Refer to another structure on Oz: the request joins that queue with its history (issue 5). */
export function ReferForm(props: ActionFormProps): ReactNode {
  const { t } = useProI18n();
  const { request } = props;
  const { remote } = useApi(() => api.structures(), 'structures');
  const targets =
    remote.status === 'ready'
      ? remote.value.structures.filter(
          (structure) => structure.receivesRequests && structure.structureId !== request.structureId,
        )
      : [];
  const [structureId, setStructureId] = useState('');
  const [comment, setComment] = useState('');
  return (
    <form
      className="pro-action"
      onSubmit={(event) => {
        event.preventDefault();
        if (structureId === '') return;
        void props.run(() => api.refer(request.id, { structureId, ...optionalComment(comment) }));
      }}
    >
      <h3>
        {t('action.refer')} <kbd>o</kbd>
      </h3>
      <div className="field">
        <label htmlFor="refer-structure">{t('action.referTo')}</label>
        <select
          id="refer-structure"
          value={structureId}
          onChange={(event) => setStructureId(event.target.value)}
        >
          <option value="">{t('action.referChoose')}</option>
          {targets.map((structure) => (
            <option key={structure.structureId} value={structure.structureId}>
              {structure.name}
              {structure.acceptingNewPeople ? '' : ` — ${t('structure.notAccepting')}`}
              {structure.waitTimeDays === null
                ? ''
                : ` — ${t('structure.waitDays', { count: structure.waitTimeDays })}`}
            </option>
          ))}
        </select>
      </div>
      <CommentField id="refer-comment" value={comment} onChange={setComment} />
      <button type="submit" className="button" disabled={structureId === ''}>
        {t('action.referSubmit')}
      </button>
    </form>
  );
}
