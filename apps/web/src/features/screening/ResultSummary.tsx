import { screeningOutcome } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import type { ScreeningRecord } from '../../storage/types.js';
import { instrumentName, maxOf, rescore } from './instruments.js';
import { takenOnText } from './takenOn.js';

/**
 * The label and meaning of a result come from the same rules as its advice (core screeningOutcome: the level
 * the pathway gives that result alone), so they never contradict (issue 8). Results Oz cannot re-score
 * (imported from Oz Ensemble) get a neutral text.
 */
export function levelKey(record: ScreeningRecord, part: 'label' | 'meaning'): MessageKey {
  const result = rescore(record);
  if (result === null) return part === 'label' ? 'result.imported.label' : 'result.imported.meaning';
  return `result.level.${screeningOutcome(result).level}.${part}`;
}

export function ResultSummary({ record }: { readonly record: ScreeningRecord }): ReactNode {
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <section className="card" aria-labelledby="result-level">
      <p className="muted small">
        {instrumentName(record.instrument, locale)} · {takenOnText(i18n, record)}
      </p>
      <h2 id="result-level">
        <span className="level-badge">{t(levelKey(record, 'label'))}</span>
      </h2>
      {record.total === null ? null : (
        <p>
          <strong data-testid="result-score">
            {t('result.score', { total: record.total, max: maxOf(record.instrument) })}
          </strong>
        </p>
      )}
      <p>{t(levelKey(record, 'meaning'))}</p>
    </section>
  );
}
