import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useI18n, type I18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { newId } from '../../storage/ids.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { TextField } from '../../ui/TextField.js';
import { downloadBlob } from './download.js';
import { fhirBundleOf } from './fhirExport.js';
import { loadReportData, type ReportData } from './reportData.js';
import type { ReportDocument } from './reportDocument.js';
import { buildReport } from './reportModel.js';
import { ReportView } from './ReportView.js';
import { reportI18n } from './reportI18n.js';
import './report.css';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'preparing' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed' };

/** jsPDF (~130 KB gzip) and the font are loaded here, on demand, never with the app (issue 11). */
async function makePdf(report: ReportDocument): Promise<Blob> {
  const { renderReportPdf } = await import('./pdf/renderPdf.js');
  return renderReportPdf(report);
}

function exportFhir(data: ReportData, name: string, i18n: I18n): string {
  const bundle = fhirBundleOf(
    data,
    { today: today(), now: new Date(), name, origin: window.location.origin, newUuid: newId },
    i18n,
  );
  const file = `oz-fhir-${today()}.json`;
  downloadBlob(file, new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
  return file;
}

function Choice(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}): ReactNode {
  return (
    <label className="choice" htmlFor={props.id}>
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>
        {props.label}
        {props.hint === undefined ? null : (
          <span className="field-hint" style={{ display: 'block' }}>
            {props.hint}
          </span>
        )}
      </span>
    </label>
  );
}

function ReportScreen({ data }: { readonly data: ReportData }): ReactNode {
  const app = useI18n();
  const i18n = reportI18n(app);
  const { r } = i18n;
  const [name, setName] = useState('');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [includeCravings, setIncludeCravings] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const report = buildReport(
    data,
    { today: today(), now: new Date(), name, includeNotes, includeCravings },
    i18n,
  );

  const downloadPdf = (): void => {
    setStatus({ kind: 'preparing' });
    makePdf(report).then(
      (blob) => {
        const file = `${report.fileStem}.pdf`;
        downloadBlob(file, blob);
        setStatus({ kind: 'done', message: r('report.pdfReady', { file }) });
      },
      (error: unknown) => {
        console.warn('report PDF failed', error instanceof Error ? error.name : 'unknown');
        setStatus({ kind: 'failed' });
      },
    );
  };

  return (
    <>
      <div className="report-controls">
        <p>{r('report.intro')}</p>
        <form className="card report-options" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>{r('report.optionsLegend')}</legend>
            <TextField
              id="report-name"
              label={r('report.nameLabel')}
              hint={r('report.nameHint')}
              value={name}
              onChange={setName}
              autoComplete="off"
            />
            <Choice
              id="report-notes"
              label={r('report.includeNotes')}
              hint={r('report.includeNotesHint')}
              checked={includeNotes}
              onChange={setIncludeNotes}
            />
            {data.cravings === null ? null : (
              <Choice
                id="report-cravings"
                label={r('report.includeCravings')}
                checked={includeCravings}
                onChange={setIncludeCravings}
              />
            )}
          </fieldset>
          <div className="stack">
            <button
              type="button"
              className="button button-primary button-block"
              onClick={downloadPdf}
              disabled={status.kind === 'preparing'}
            >
              {r('report.downloadPdf')}
            </button>
            <button type="button" className="button button-block" onClick={() => window.print()}>
              {r('report.print')}
            </button>
            <button
              type="button"
              className="button button-block"
              aria-describedby="report-fhir-hint"
              onClick={() =>
                setStatus({
                  kind: 'done',
                  message: r('report.fhirReady', { file: exportFhir(data, name, i18n) }),
                })
              }
            >
              {r('report.exportFhir')}
            </button>
            <p className="small muted" id="report-fhir-hint">
              {r('report.fhirHint')}
            </p>
          </div>
          <p role="status" className={status.kind === 'failed' ? 'notice notice-error' : 'small'}>
            {status.kind === 'preparing'
              ? r('report.preparing')
              : status.kind === 'done'
                ? status.message
                : status.kind === 'failed'
                  ? r('report.pdfFailed')
                  : ''}
          </p>
        </form>
        <h2>{r('report.previewTitle')}</h2>
      </div>
      <ReportView report={report} />
    </>
  );
}

/** « Rapport pour mon médecin »: a PDF made on the device, a printable page and a FHIR R4 export (issue 11). */
export default function ReportPage(): ReactNode {
  const { t } = useI18n();
  const loaded = useStored(loadReportData, 'report');
  return (
    <>
      <PageTitle>{t('route.report')}</PageTitle>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <ReportScreen data={loaded.value} />
      )}
    </>
  );
}
