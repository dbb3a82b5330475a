import { addDays, isProgrammeId, localize, programmeTitle, type Programme } from '@oz/core';
import { programmeById } from '@oz/core/programmes';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import type { RouteProps } from '../../app/routes.js';
import { runWrite } from '../../app/useWrite.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { useProgrammeText } from './messages.js';
import { stopRun, useLatestRun, type RunView } from './model.js';
import { programmeDayPath, PROGRAMMES_PATH } from './paths.js';
import { StartProgramme } from './StartProgramme.js';

function DayList(props: { readonly programme: Programme; readonly view: RunView }): ReactNode {
  const { locale, day: formatDay } = useI18n();
  const p = useProgrammeText();
  return (
    <section className="card" aria-labelledby="programme-days">
      <h2 id="programme-days">{p('programme.daysTitle')}</h2>
      <ol className="list">
        {props.view.progress.days.map((progress) => {
          const content = props.programme.days[progress.day - 1];
          const title = content === undefined ? '' : localize(content.title, locale);
          const label = p('day.heading', { day: progress.day, title });
          const state =
            progress.state === 'done' && progress.on !== undefined
              ? p('programme.done', { date: formatDay(progress.on) })
              : p(progress.state === 'open' ? 'programme.toDo' : 'programme.locked');
          return (
            <li key={progress.day}>
              {progress.state === 'locked' ? (
                <span className="list-button">
                  <span>
                    {label}
                    <span className="list-meta list-meta-line">{state}</span>
                  </span>
                </span>
              ) : (
                <Link to={programmeDayPath(props.programme.id, progress.day)} className="list-button">
                  <span>
                    {progress.state === 'open' ? <strong>{label}</strong> : label}
                    <span className="list-meta list-meta-line">{state}</span>
                  </span>
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function NextStep(props: { readonly programme: Programme; readonly view: RunView }): ReactNode {
  const { day } = useI18n();
  const p = useProgrammeText();
  const { progress, run } = props.view;
  if (progress.finished) {
    const last = run.completed.at(-1);
    return (
      <p className="notice notice-success">
        {p('programme.finished', { date: last === undefined ? '' : day(last.on) })}
      </p>
    );
  }
  if (progress.openDay !== undefined) {
    return (
      <>
        {progress.missedDays > 0 ? (
          <p className="notice">{p('programme.welcomeBack', { day: progress.openDay })}</p>
        ) : null}
        <Link
          to={programmeDayPath(run.programmeId, progress.openDay)}
          className="button button-primary button-large"
        >
          {p('programme.openDay', { day: progress.openDay })}
        </Link>
      </>
    );
  }
  if (progress.nextDay === undefined) return null;
  return (
    <p>
      {progress.nextDay.opensOn === addDays(today(), 1)
        ? p('programme.nextTomorrow', { day: progress.nextDay.day })
        : p('programme.nextOn', { day: progress.nextDay.day, date: day(progress.nextDay.opensOn) })}
    </p>
  );
}

function StopRun(props: { readonly view: RunView }): ReactNode {
  const p = useProgrammeText();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {p('programme.stop')}
      </button>
    );
  }
  return (
    <div role="group" aria-label={p('programme.stop')}>
      <p>{p('programme.stopQuestion')}</p>
      <div className="row">
        <button type="button" className="button" onClick={() => void runWrite(() => stopRun(props.view.run))}>
          {p('programme.stopConfirm')}
        </button>
        <button type="button" className="button button-primary" onClick={() => setAsking(false)}>
          {p('programme.stopCancel')}
        </button>
      </div>
    </div>
  );
}

/** One programme: start it, or see its days and open today's. */
export default function ProgrammePage({ params }: RouteProps): ReactNode {
  const id = params['id'] ?? '';
  if (!isProgrammeId(id)) return <NotFoundPage />;
  return <ProgrammeView programme={programmeById(id)} />;
}

function ProgrammeView(props: { readonly programme: Programme }): ReactNode {
  const { t, locale, day } = useI18n();
  const p = useProgrammeText();
  const { programme } = props;
  const latest = useLatestRun(programme.id);
  const view = latest.status === 'ready' ? latest.value : undefined;
  const title = programmeTitle(programme, view?.run.startedOn ?? today());
  const active = view !== undefined && view.run.stoppedOn === undefined;
  return (
    <>
      <PageTitle>{localize(title, locale)}</PageTitle>
      <p>{localize(programme.summary, locale)}</p>
      {latest.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          {view?.run.stoppedOn === undefined ? null : (
            <p className="muted">{p('programme.stopped', { date: day(view.run.stoppedOn) })}</p>
          )}
          {active ? (
            <>
              <div className="stack" style={{ marginBottom: 'var(--space-4)' }}>
                <NextStep programme={programme} view={view} />
              </div>
              <DayList programme={programme} view={view} />
              {view.progress.finished ? (
                <StartProgramme programme={programme} again />
              ) : (
                <StopRun view={view} />
              )}
            </>
          ) : (
            <>
              {view === undefined ? <p>{p('programme.notStarted')}</p> : null}
              <StartProgramme programme={programme} again={view !== undefined} />
            </>
          )}
        </>
      )}
      <p style={{ marginTop: 'var(--space-4)' }}>
        <Link to={PROGRAMMES_PATH}>{p('programme.back')}</Link>
      </p>
    </>
  );
}
