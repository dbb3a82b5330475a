import { OzEnsembleFormatError, parseOzEnsembleCsv, parseOzEnsembleTransfer } from '@oz/contracts';
import { useId, useState, type ReactNode } from 'react';
import { timeZone } from '../../../app/clock.js';
import { usePreferences } from '../../../app/preferences.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { MessageKey } from '../../../i18n/fr.js';
import { readBackup, type BackupReadError } from './backupFile.js';
import { ImportPreview } from './ImportPreview.js';
import { applyMerge, planMerge, type ImportData, type MergePlan } from './mergePlan.js';
import { fromCsv, fromTransfer } from './ozEnsembleImport.js';

export type ImportKind = 'backup' | 'oz-ensemble';

type Reading =
  | { ok: true; data: ImportData; skipped: number; ignoredKeys: readonly string[] }
  | { ok: false; message: MessageKey; values?: Record<string, string | number> };

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
      ? { ok: true, data: result.data, skipped: 0, ignoredKeys: [] }
      : backupError(result.error);
  }
  try {
    const trimmed = text.trimStart();
    const imported = trimmed.startsWith('{')
      ? fromTransfer(parseOzEnsembleTransfer(JSON.parse(trimmed) as unknown), timeZone())
      : fromCsv(parseOzEnsembleCsv(text));
    return { ok: true, ...imported };
  } catch (error) {
    if (error instanceof OzEnsembleFormatError || error instanceof SyntaxError)
      return { ok: false, message: 'data.errorNotOzEnsemble' };
    throw error;
  }
}

/** File picker → validation → preview → merge without duplicates. */
export function ImportSection({ kind }: { readonly kind: ImportKind }): ReactNode {
  const { t } = useI18n();
  const { update } = usePreferences();
  const inputId = useId();
  const [preview, setPreview] = useState<{
    plan: MergePlan;
    skipped: number;
    ignoredKeys: readonly string[];
  } | null>(null);
  const [message, setMessage] = useState<{
    key: MessageKey;
    values?: Record<string, string | number>;
    error: boolean;
  } | null>(null);

  const choose = async (file: File): Promise<void> => {
    setPreview(null);
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
    setPreview({
      plan: await planMerge(reading.data),
      skipped: reading.skipped,
      ignoredKeys: reading.ignoredKeys,
    });
  };

  const confirm = async (): Promise<void> => {
    if (preview === null) return;
    await applyMerge(preview.plan);
    await update({});
    setMessage({ key: 'data.imported', values: { count: preview.plan.counts.entries.added }, error: false });
    setPreview(null);
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
            if (file !== undefined) void choose(file);
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
          skipped={preview.skipped}
          ignoredKeys={preview.ignoredKeys}
          onConfirm={() => void confirm()}
          onCancel={() => setPreview(null)}
        />
      )}
    </div>
  );
}
