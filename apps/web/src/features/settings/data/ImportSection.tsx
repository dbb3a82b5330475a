import { OzEnsembleFormatError, parseOzEnsembleCsv, parseOzEnsembleTransfer } from '@oz/contracts';
import { useId, useState, type ReactNode } from 'react';
import { timeZone } from '../../../app/clock.js';
import { usePreferences } from '../../../app/preferences.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MessageKey } from '../../../i18n/fr.js';
import { readBackup, type BackupReadError } from './backupFile.js';
import { ImportPreview } from './ImportPreview.js';
import { applyMerge, planMerge, type ImportData, type MergePlan } from './mergePlan.js';
import { fromCsv } from './ozEnsemble/csv.js';
import { keptRecords } from './ozEnsemble/problems.js';
import { fromTransfer, type OzeImport } from './ozEnsemble/transfer.js';

export type ImportKind = 'backup' | 'oz-ensemble';

type Reading =
  | ({ readonly ok: true } & OzeImport)
  | { readonly ok: false; readonly message: MessageKey; readonly values?: Record<string, string | number> };

function backupError(error: BackupReadError): Reading {
  if (error.kind === 'not-json') return { ok: false, message: 'data.errorNotJson' };
  if (error.kind === 'not-a-backup') return { ok: false, message: 'data.errorNotBackup' };
  if (error.kind === 'newer-version') return { ok: false, message: 'data.errorNewer' };
  return { ok: false, message: 'data.errorInvalid', values: { where: error.where } };
}

/** Reads a chosen file: an Oz backup, or an Oz Ensemble transfer JSON / e-mailed CSV. */
export function readImport(kind: ImportKind, text: string): Reading {
  if (kind === 'backup') {
    const result = readBackup(text);
    return result.ok
      ? { ok: true, data: result.data, problems: [], facts: [], ignoredKeys: [] }
      : backupError(result.error);
  }
  try {
    const trimmed = text.trimStart();
    const imported = trimmed.startsWith('{')
      ? fromTransfer(parseOzEnsembleTransfer(JSON.parse(trimmed) as unknown), timeZone())
      : fromCsv(parseOzEnsembleCsv(text));
    return { ok: true, ...imported };
  } catch (error) {
    if (error instanceof OzEnsembleFormatError || error instanceof SyntaxError) {
      return { ok: false, message: 'data.errorNotOzEnsemble' };
    }
    throw error;
  }
}

/** The file's data plus the unreadable lines the person chose to keep. */
function withKept(reading: OzeImport, kept: ReadonlySet<string>): ImportData {
  const extra = keptRecords(reading.problems, kept);
  return {
    ...reading.data,
    entries: [...reading.data.entries, ...extra.entries],
    customDrinks: [...reading.data.customDrinks, ...extra.customDrinks],
  };
}

interface Preview {
  readonly reading: OzeImport;
  readonly plan: MergePlan;
}

type Notice = {
  readonly key: MessageKey;
  readonly values?: Record<string, string | number>;
  readonly error: boolean;
};

/** File picker → validation → preview (with what could not be read) → merge without duplicates. */
export function ImportSection({ kind }: { readonly kind: ImportKind }): ReactNode {
  const { t } = useI18n();
  const { update } = usePreferences();
  const inputId = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<Notice | null>(null);

  const choose = async (file: File): Promise<void> => {
    setPreview(null);
    setKept(new Set());
    const reading = readImport(kind, await file.text());
    if (!reading.ok) {
      setMessage({
        key: reading.message,
        ...(reading.values === undefined ? {} : { values: reading.values }),
        error: true,
      });
      return;
    }
    setMessage(null);
    setPreview({ reading, plan: await planMerge(reading.data) });
  };

  const confirm = async (): Promise<void> => {
    if (preview === null) return;
    const plan = await planMerge(withKept(preview.reading, kept));
    await applyMerge(plan);
    await update({});
    setMessage({ key: 'data.imported', values: { count: plan.counts.entries.added }, error: false });
    setPreview(null);
  };

  const fail = (): void => setMessage({ key: 'data.importFailed', error: true });

  const toggle = (id: string): void => {
    const next = new Set(kept);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setKept(next);
  };

  return (
    <div>
      <div className="field">
        <label htmlFor={inputId}>
          {t(kind === 'backup' ? 'data.chooseBackup' : 'data.chooseOzEnsemble')}
        </label>
        <input
          id={inputId}
          type="file"
          accept={kind === 'backup' ? 'application/json,.json' : 'application/json,.json,text/csv,.csv'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) choose(file).catch(fail);
            event.target.value = '';
          }}
        />
      </div>
      {message === null ? null : (
        <p
          className={`notice ${message.error ? 'notice-error' : 'notice-success'}`}
          role={message.error ? 'alert' : 'status'}
        >
          {t(message.key, message.values ?? {})}
        </p>
      )}
      {preview === null ? null : (
        <ImportPreview
          plan={preview.plan}
          problems={preview.reading.problems}
          facts={preview.reading.facts}
          ignoredKeys={preview.reading.ignoredKeys}
          kept={kept}
          onToggleKept={toggle}
          onConfirm={() => {
            confirm().catch(fail);
          }}
          onCancel={() => setPreview(null)}
        />
      )}
    </div>
  );
}
