import { CAME_FROM_SOURCES, type CameFromSource } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { browserRefusesMeasurement } from '../../stats/browser.js';
import { getStatisticsSettings } from '../../stats/settings.js';
import { answerCameFrom } from '../../stats/usage.js';
import { notifyChange, useStored } from '../../storage/changes.js';

const ANSWERS: readonly (CameFromSource | 'not-said')[] = [...CAME_FROM_SOURCES, 'not-said'];

/** « Comment avez-vous connu Oz ? »: asked once, optional, never asked again once answered. */
export function CameFromQuestion(): ReactNode {
  const { t } = useI18n();
  const settings = useStored(getStatisticsSettings, 'statistics');
  const [choice, setChoice] = useState<CameFromSource | 'not-said' | null>(null);
  const [failed, setFailed] = useState(false);
  if (settings.status !== 'ready' || !settings.value.enabled || browserRefusesMeasurement()) return null;
  if (settings.value.cameFrom !== null) {
    return <p className="small muted">{t('stats.cameFromAnswered')}</p>;
  }
  const save = (): void => {
    if (choice === null) return;
    answerCameFrom(choice).then(
      () => notifyChange(),
      () => setFailed(true),
    );
  };
  return (
    <fieldset className="came-from">
      <legend>{t('stats.cameFromQuestion')}</legend>
      <p className="small muted">{t('stats.cameFromHint')}</p>
      <div className="choices">
        {ANSWERS.map((answer) => (
          <label key={answer} className="choice">
            <input
              type="radio"
              name="came-from"
              checked={choice === answer}
              onChange={() => setChoice(answer)}
            />
            {t(`stats.cameFrom.${answer}`)}
          </label>
        ))}
      </div>
      {failed ? (
        <p role="alert" className="small">
          {t('common.errorGeneric')}
        </p>
      ) : null}
      <button type="button" className="button" disabled={choice === null} onClick={save}>
        {t('stats.cameFromSave')}
      </button>
    </fieldset>
  );
}
