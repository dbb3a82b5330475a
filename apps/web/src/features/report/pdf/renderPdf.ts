import { jsPDF } from 'jspdf';
import type { ReportDocument } from '../reportDocument.js';
import { embedReportFont } from './fonts.js';
import { PdfWriter } from './layout.js';

/**
 * Draws the report document into a PDF, on the device (issue 11: never on the server). This module and jsPDF
 * are loaded only when the person asks for the PDF (a dynamic import from the report page), and are kept out
 * of the service worker's precache (vite.config.ts).
 * @throws ReportFontError when the font cannot be loaded (first use while offline).
 */
export async function renderReportPdf(report: ReportDocument): Promise<Blob> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  await embedReportFont(doc);
  doc.setProperties({
    title: report.title,
    subject: report.notice,
    creator: 'Oz',
    author: report.person ?? '',
  });
  doc.setLanguage(report.lang === 'fr' ? 'fr' : 'en');
  const writer = new PdfWriter(doc);
  writer.text(report.title, { size: 17, bold: true });
  writer.space(2);
  writer.boxed(report.notice);
  writer.space(1);
  writer.text(report.period);
  writer.text(report.generated, { muted: true });
  if (report.person !== null) writer.text(report.person);
  for (const section of report.sections) {
    writer.heading(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') writer.text(block.text, { muted: block.muted === true });
      else if (block.kind === 'list') block.items.forEach((item) => writer.bullet(item));
      else if (block.kind === 'table') writer.table(block.table);
      else writer.chart(block.chart);
      writer.space(1.5);
    }
  }
  writer.footers(report.footer, report.pageLabel);
  return doc.output('blob');
}
