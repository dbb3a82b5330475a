import { createCraving } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { newId, nowIso } from '../../storage/ids.js';
import { allPlans, saveCraving } from '../../storage/support.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { checkedWhen } from '../diary/when.js';
import { CravingForm, type CravingAnswers } from './CravingForm.js';
import { useCravingText } from './messages.js';

function Saved(props: { readonly drank: boolean; readonly date: string }): ReactNode {
  const c = useCravingText();
  return (
    <div className="stack">
      <p className="notice notice-success" role="status">
        {c(props.drank ? 'saved.drank' : 'saved.overcome')}
      </p>
      {props.drank ? (
        <>
          <Link to={`/journal/ajouter?date=${props.date}`} className="button button-primary button-block">
            {c('saved.logDrink')}
          </Link>
          <Link to="/reduire-les-risques" className="button button-block">
            {c('saved.harmReduction')}
          </Link>
        </>
      ) : null}
      <Link to="/envie-de-boire/historique" className="button button-block">
        {c('saved.history')}
      </Link>
      <Link to="/envie-de-boire" className="button button-quiet button-block">
        {c('saved.back')}
      </Link>
    </div>
  );
}

/** Noting a craving (optional, after the things to do now). */
export default function LogCravingPage(): ReactNode {
  const { t } = useI18n();
  const c = useCravingText();
  const plans = useStored(allPlans, 'plans');
  const [saved, setSaved] = useState<{ drank: boolean; date: string } | null>(null);

  const save = async (answers: CravingAnswers): Promise<string | null> => {
    const when = checkedWhen(answers.date, answers.time);
    if (when === undefined) return c('form.errorWhen');
    try {
      const now = nowIso();
      await saveCraving(
        createCraving({
          ...answers,
          id: newId(),
          date: when.date,
          time: when.time,
          createdAt: now,
          updatedAt: now,
        }),
      );
    } catch {
      return c('form.errorOther');
    }
    setSaved({ drank: answers.drank, date: when.date });
    return null;
  };

  return (
    <>
      <PageTitle>{t('route.logCraving')}</PageTitle>
      {saved !== null ? (
        <Saved drank={saved.drank} date={saved.date} />
      ) : plans.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <p className="muted">{c('log.intro')}</p>
          <CravingForm plans={plans.value} onSave={save} />
        </>
      )}
    </>
  );
}
