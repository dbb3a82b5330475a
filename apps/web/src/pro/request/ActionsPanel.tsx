import { canRefer } from '@oz/core';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ChoiceSelect } from '../shell/ChoiceSelect.js';
import { useSession } from '../shell/session.js';
import { useApi } from '../shell/useApi.js';
import { CommentField, optionalComment, type ActionFormProps } from './actionParts.js';
import { ReferForm } from './ReferForm.js';
import { STATUS_NAMES } from './statusNames.js';

function AssignForm({ request, run }: ActionFormProps): ReactNode {
  const { t } = useProI18n();
  const { session } = useSession();
  const team = useApi(
    () => api.users(request.structureId ?? undefined),
    `team:${request.structureId ?? 'platform'}`,
  );
  const colleagues =
    team.remote.status === 'ready' ? team.remote.value.users.filter((user) => user.active) : [];
  const [userId, setUserId] = useState(request.assignedTo?.id ?? session.user.id);
  return (
    <form
      className="pro-action"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => api.assign(request.id, userId));
      }}
    >
      <h3>{t('action.assign')}</h3>
      {request.assignedTo?.id === session.user.id ? (
        <p className="small">{t('action.assignedToYou')}</p>
      ) : (
        <button
          type="button"
          className="button button-primary"
          onClick={() => void run(() => api.assign(request.id, session.user.id))}
        >
          {t('action.assignMe')} <kbd>a</kbd>
        </button>
      )}
      {colleagues.length > 1 ? (
        <div className="row">
          <label htmlFor="assign-user">{t('action.assignTo')}</label>
          <select id="assign-user" value={userId} onChange={(event) => setUserId(event.target.value)}>
            {colleagues.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t('action.assignSubmit')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

function AttemptForm({ request, run }: ActionFormProps): ReactNode {
  const { t } = useProI18n();
  const [channel, setChannel] = useState<(typeof CONTACT_CHANNELS)[number]>(
    request.phone === null ? 'email' : 'phone',
  );
  const [outcome, setOutcome] = useState<(typeof CONTACT_OUTCOMES)[number]>('no_answer');
  const [comment, setComment] = useState('');
  return (
    <form
      className="pro-action"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => api.logAttempt(request.id, { channel, outcome, ...optionalComment(comment) })).then(
          (done) => done && setComment(''),
        );
      }}
    >
      <h3>
        {t('action.attempt')} <kbd>t</kbd>
      </h3>
      <div className="row">
        <ChoiceSelect
          id="attempt-channel"
          label={t('action.channel')}
          choices={CONTACT_CHANNELS}
          value={channel}
          labelOf={(value) => t(`channel.${value}`)}
          onChange={setChannel}
        />
        <ChoiceSelect
          id="attempt-outcome"
          label={t('action.outcome')}
          choices={CONTACT_OUTCOMES}
          value={outcome}
          labelOf={(value) => t(`outcome.${value}`)}
          onChange={setOutcome}
        />
      </div>
      <CommentField id="attempt-comment" value={comment} onChange={setComment} />
      <button type="submit" className="button">
        {t('action.attemptSubmit')}
      </button>
    </form>
  );
}

function StatusForm({ request, run }: ActionFormProps): ReactNode {
  const { t } = useProI18n();
  const options = request.allowedNextStatuses;
  const [status, setStatus] = useState(options[0] ?? '');
  const [comment, setComment] = useState('');
  if (options.length === 0) return <p className="muted small">{t('action.noStatus')}</p>;
  return (
    <form
      className="pro-action"
      onSubmit={(event) => {
        event.preventDefault();
        const next = options.find((value) => value === status);
        if (next === undefined) return;
        void run(() => api.changeStatus(request.id, { status: next, ...optionalComment(comment) })).then(
          (done) => done && setComment(''),
        );
      }}
    >
      <h3>
        {t('action.status')} <kbd>s</kbd>
      </h3>
      <div className="row">
        <label htmlFor="status-next">{t('action.newStatus')}</label>
        <select id="status-next" value={status} onChange={(event) => setStatus(event.target.value)}>
          {options.map((value) => (
            <option key={value} value={value}>
              {t(STATUS_NAMES[value])}
            </option>
          ))}
        </select>
      </div>
      <CommentField id="status-comment" value={comment} onChange={setComment} />
      <button type="submit" className="button">
        {t('action.statusSubmit')}
      </button>
    </form>
  );
}

function NoteForm({ request, run }: ActionFormProps): ReactNode {
  const { t } = useProI18n();
  const [text, setText] = useState('');
  return (
    <form
      className="pro-action"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return;
        void run(() => api.addNote(request.id, text)).then((done) => done && setText(''));
      }}
    >
      <div className="field">
        <label htmlFor="note-text">
          {t('action.note')} <kbd>n</kbd>
        </label>
        <span className="field-hint" id="note-hint">
          {t('action.noteHint')}
        </span>
        <textarea
          id="note-text"
          aria-describedby="note-hint"
          maxLength={4000}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('action.noteSubmit')}
      </button>
    </form>
  );
}

/** The actions on a request, each one form, each one reachable by a single key. */
export function ActionsPanel({ request, run }: ActionFormProps): ReactNode {
  const { t } = useProI18n();
  return (
    <section className="card pro-actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('action.title')}</h2>
      <AssignForm request={request} run={run} />
      <AttemptForm request={request} run={run} />
      <StatusForm request={request} run={run} />
      <NoteForm request={request} run={run} />
      {canRefer(request.status) ? <ReferForm request={request} run={run} /> : null}
    </section>
  );
}
