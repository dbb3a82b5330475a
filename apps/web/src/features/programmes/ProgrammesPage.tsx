import { localize, programmeTitle, type Programme } from '@oz/core';
import { PROGRAMMES } from '@oz/core/programmes';
import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { LinkList, LinkListItem } from '../../ui/LinkList.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { useProgrammeText } from './messages.js';
import { useLatestRuns, type RunView } from './model.js';
import { programmePath } from './paths.js';

function status(
  programme: Programme,
  view: RunView | undefined,
  p: ReturnType<typeof useProgrammeText>,
  day: (date: string) => string,
): string {
  const length = p('list.days', { count: programme.days.length });
  if (view === undefined || view.run.stoppedOn !== undefined) return length;
  if (view.progress.finished) {
    const last = view.run.completed.at(-1);
    return last === undefined ? length : p('list.finished', { date: day(last.on) });
  }
  return p('list.progress', { done: view.progress.doneCount, total: programme.days.length });
}

/** « Programmes »: the three programmes, each with where the person stands in it. */
export default function ProgrammesPage(): ReactNode {
  const { t, locale, day } = useI18n();
  const p = useProgrammeText();
  const runs = useLatestRuns();
  return (
    <>
      <PageTitle>{t('route.programmes')}</PageTitle>
      <p>{p('list.intro')}</p>
      {runs.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <LinkList>
          {PROGRAMMES.map((programme) => {
            const view = runs.value[programme.id];
            const title = programmeTitle(programme, view?.run.startedOn ?? today());
            return (
              <LinkListItem
                key={programme.id}
                to={programmePath(programme.id)}
                title={localize(title, locale)}
                detail={
                  <>
                    {localize(programme.summary, locale)}
                    <br />
                    <span>{status(programme, runs.value[programme.id], p, day)}</span>
                  </>
                }
              />
            );
          })}
        </LinkList>
      )}
    </>
  );
}
