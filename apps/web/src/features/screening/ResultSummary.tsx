import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import type { ScreeningRecord } from '../../storage/types.js';
import { instrumentName, maxOf } from './instruments.js';
import { takenOnText } from './takenOn.js';

/** Message keys exist for every (instrument, level) pair Oz produces; imports fall back to a neutral text. */
export function levelKey(record: ScreeningRecord, part: 'label' | 'meaning'): MessageKey {
  const key = `result.${record.instrument}.${record.level}.${part}`;
  return isMessageKey(key) ? key : part === 'label' ? 'result.imported.label' : 'result.imported.meaning';
}

const LEVEL_KEYS: ReadonlySet<string> = new Set(
  [
    'result.audit-c.low',
    'result.audit-c.misuse',
    'result.audit-c.dependence',
    'result.face.low',
    'result.face.excessive',
    'result.face.dependence',
    'result.audit.zone-1',
    'result.audit.zone-2',
    'result.audit.zone-3',
    'result.audit.zone-4',
  ].flatMap((base) => [`${base}.label`, `${base}.meaning`]),
);

function isMessageKey(key: string): key is MessageKey {
  return LEVEL_KEYS.has(key);
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
