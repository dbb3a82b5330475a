import { isProgrammeId, localize, type Programme, type ProgrammeDay } from '@oz/core';
import { programmeById } from '@oz/core/programmes';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { navigate } from '../../app/navigation.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import type { RouteProps } from '../../app/routes.js';
import { useToast } from '../../app/Toast.js';
import { runWrite } from '../../app/useWrite.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { DayAction } from './DayAction.js';
import { useProgrammeText } from './messages.js';
import { completeDay, useLatestRun, type RunView } from './model.js';
import { programmePath } from './paths.js';

// The article links bring the articles' data: loaded only when a day shows them.
const ArticleLinks = lazy(() => import('../articles/ArticleLinks.js'));

function Sources(props: { readonly day: ProgrammeDay }): ReactNode {
  const p = useProgrammeText();
  return (
    <section aria-labelledby="day-sources">
      <h2 id="day-sources">{p('day.sources')}</h2>
      <ul className="small">
        {props.day.sources.map((source) => (
          <li key={source.url}>
            {source.publisher}, <a href={source.url}>{source.title}</a>
            {source.year === undefined ? null : ` (${String(source.year)})`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Finish(props: {
  readonly view: RunView;
  readonly day: ProgrammeDay;
  readonly done: boolean;
  readonly last: boolean;
}): ReactNode {
  const p = useProgrammeText();
  const toast = useToast();
  const [hint, setHint] = useState(false);
  const finish = async (): Promise<void> => {
    if (!props.done) {
      setHint(true);
      return;
    }
    const saved = await runWrite(() => completeDay(props.view.run, props.day.day));
    if (!saved.ok) return;
    toast.show(props.last ? p('day.completedLast') : p('day.completed', { day: props.day.day }));
    navigate(programmePath(props.view.run.programmeId));
  };
  return (
    <>
      <button type="button" className="button button-primary button-large" onClick={() => void finish()}>
        {p('day.complete', { day: props.day.day })}
      </button>
      <p role="status">{hint && !props.done ? p('day.completeHint') : null}</p>
    </>
  );
}

function DayView(props: {
  readonly programme: Programme;
  readonly day: ProgrammeDay;
  readonly view: RunView;
}): ReactNode {
  const { locale, day: formatDay } = useI18n();
  const p = useProgrammeText();
  const [actionDone, setActionDone] = useState(false);
  const onDone = useCallback(() => setActionDone(true), []);
  const { programme, day, view } = props;
  const progress = view.progress.days[day.day - 1];
  const state = view.run.stoppedOn === undefined ? progress?.state : 'locked';
  return (
    <>
      <PageTitle>{p('day.heading', { day: day.day, title: localize(day.title, locale) })}</PageTitle>
      {state === 'locked' ? (
        <p className="notice">{p('day.locked')}</p>
      ) : (
        <>
          {day.paragraphs.map((paragraph) => (
            <p key={paragraph.fr}>{localize(paragraph, locale)}</p>
          ))}
          <section className="card" aria-labelledby="day-action">
            <h2 id="day-action">{p('day.action')}</h2>
            <DayAction programme={programme} day={day} run={view.run} onDone={onDone} />
          </section>
          {state === 'done' && progress?.on !== undefined ? (
            <p className="notice notice-success">{p('day.doneOn', { date: formatDay(progress.on) })}</p>
          ) : (
            <Finish view={view} day={day} done={actionDone} last={day.day === programme.days.length} />
          )}
          <Sources day={day} />
          {day.articles.length === 0 ? null : (
            <Suspense fallback={null}>
              <ArticleLinks ids={day.articles} title={p('day.read')} />
            </Suspense>
          )}
        </>
      )}
      <p style={{ marginTop: 'var(--space-4)' }}>
        <Link to={programmePath(programme.id)}>{p('day.back')}</Link>
      </p>
    </>
  );
}

/** One day of a programme: its text, its action, its sources; « finish the day » once the action is done. */
export default function ProgrammeDayPage({ params }: RouteProps): ReactNode {
  const id = params['id'] ?? '';
  const number = Number(params['day']);
  if (!isProgrammeId(id)) return <NotFoundPage />;
  const programme = programmeById(id);
  const day = Number.isInteger(number) ? programme.days[number - 1] : undefined;
  if (day === undefined) return <NotFoundPage />;
  return <LoadedDay programme={programme} day={day} />;
}

function LoadedDay(props: { readonly programme: Programme; readonly day: ProgrammeDay }): ReactNode {
  const { t, locale } = useI18n();
  const p = useProgrammeText();
  const latest = useLatestRun(props.programme.id);
  if (latest.status === 'loading') {
    return (
      <>
        <PageTitle>
          {p('day.heading', { day: props.day.day, title: localize(props.day.title, locale) })}
        </PageTitle>
        <p className="muted">{t('common.loading')}</p>
      </>
    );
  }
  if (latest.value === undefined) {
    return (
      <>
        <PageTitle>{localize(props.programme.title, locale)}</PageTitle>
        <p>{p('programme.notStarted')}</p>
        <Link to={programmePath(props.programme.id)}>{p('day.back')}</Link>
      </>
    );
  }
  return <DayView programme={props.programme} day={props.day} view={latest.value} />;
}
