/**
 * The report as a document: localized text, tables and one chart, in reading order. The printable page
 * (ReportView) and the PDF (pdf/renderPdf) draw the same document, so they always say the same thing.
 */

export interface ReportTable {
  readonly caption: string;
  readonly columns: readonly string[];
  /** Cells as displayed; numeric columns are right-aligned. */
  readonly rows: readonly (readonly string[])[];
  readonly numeric: readonly boolean[];
}

export interface ReportBar {
  readonly label: string;
  readonly value: number;
  readonly above: boolean;
}

export interface ReportChart {
  readonly title: string;
  readonly bars: readonly ReportBar[];
  /** The repère drawn as a line. */
  readonly limit: number;
  readonly limitLabel: string;
}

export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly muted?: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly table: ReportTable }
  | { readonly kind: 'chart'; readonly chart: ReportChart };

export interface ReportSection {
  readonly id: 'screenings' | 'consumption' | 'goals' | 'gains' | 'cravings' | 'notes';
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportDocument {
  readonly lang: 'fr' | 'en';
  readonly title: string;
  /** « document établi par la personne, à partir de ses propres saisies » */
  readonly notice: string;
  readonly period: string;
  readonly generated: string;
  /** Only when the person typed a name. */
  readonly person: string | null;
  readonly sections: readonly ReportSection[];
  readonly footer: string;
  readonly pageLabel: (page: number, pages: number) => string;
  /** For the file name: oz-rapport-YYYY-MM-DD.pdf */
  readonly fileStem: string;
}
