import type { jsPDF } from 'jspdf';
import type { ReportChart, ReportTable } from '../reportDocument.js';
import { REPORT_FONT } from './fonts.js';
import { printable } from './printable.js';

/** A4 portrait in millimetres; margins leave room for the footer line. */
export const PAGE = { width: 210, height: 297, margin: 18, footer: 12 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const LINE_MM_PER_PT = 0.3528 * 1.25;
const COLOURS = {
  text: '#1d2424',
  muted: '#4f5757',
  rule: '#8b8f8f',
  above: '#8a4600',
  bar: '#1f5b94',
  header: '#e8efee',
};

/** Writes the report top to bottom, starting a new page when the next piece does not fit. */
export class PdfWriter {
  private y: number = PAGE.margin;

  constructor(private readonly doc: jsPDF) {}

  private bottom(): number {
    return PAGE.height - PAGE.margin - PAGE.footer;
  }

  private ensure(height: number): void {
    if (this.y + height <= this.bottom()) return;
    this.doc.addPage();
    this.y = PAGE.margin;
  }

  private font(size: number, weight: 'normal' | 'bold' = 'normal', colour: string = COLOURS.text): void {
    this.doc.setFont(REPORT_FONT, weight);
    this.doc.setFontSize(size);
    this.doc.setTextColor(colour);
  }

  private lines(text: string, width: number): string[] {
    return this.doc.splitTextToSize(printable(text), width) as string[];
  }

  space(mm: number): void {
    this.y += mm;
  }

  text(
    text: string,
    options: { size?: number; bold?: boolean; muted?: boolean; indent?: number } = {},
  ): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.font(
      size,
      options.bold === true ? 'bold' : 'normal',
      options.muted === true ? COLOURS.muted : COLOURS.text,
    );
    const lineHeight = size * LINE_MM_PER_PT;
    for (const line of this.lines(text, CONTENT_WIDTH - indent)) {
      this.ensure(lineHeight);
      this.doc.text(line, PAGE.margin + indent, this.y + lineHeight * 0.8);
      this.y += lineHeight;
    }
  }

  heading(text: string): void {
    this.ensure(14);
    this.space(3);
    this.text(text, { size: 13, bold: true });
    this.doc.setDrawColor(COLOURS.rule);
    this.doc.setLineWidth(0.3);
    this.doc.line(PAGE.margin, this.y + 0.8, PAGE.margin + CONTENT_WIDTH, this.y + 0.8);
    this.space(3);
  }

  bullet(text: string): void {
    const before = this.y;
    this.text(text, { indent: 5 });
    this.font(10);
    this.doc.text('•', PAGE.margin + 1, before + 10 * LINE_MM_PER_PT * 0.8);
  }

  /** A framed paragraph (the header's notice). */
  boxed(text: string): void {
    this.font(10, 'bold');
    const lines = this.lines(text, CONTENT_WIDTH - 3);
    const height = lines.length * 10 * LINE_MM_PER_PT + 4;
    this.ensure(height);
    this.doc.setDrawColor(COLOURS.text);
    this.doc.setLineWidth(0.4);
    this.doc.rect(PAGE.margin, this.y, CONTENT_WIDTH, height);
    this.space(2);
    this.text(text, { bold: true, indent: 3 });
    this.space(4);
  }

  table(table: ReportTable): void {
    const size = 8.5;
    const lineHeight = size * LINE_MM_PER_PT;
    const widths = columnWidths(this.doc, table);
    const rowOf = (cells: readonly string[]): string[][] =>
      cells.map((cell, index) => this.lines(cell, (widths[index] ?? 20) - 2));
    const drawRow = (cells: string[][], header: boolean): void => {
      const height = Math.max(...cells.map((cell) => cell.length)) * lineHeight + 1.6;
      this.ensure(height);
      if (header) {
        this.doc.setFillColor(COLOURS.header);
        this.doc.rect(PAGE.margin, this.y, CONTENT_WIDTH, height, 'F');
      }
      this.font(size, header ? 'bold' : 'normal');
      let x = PAGE.margin;
      cells.forEach((cell, index) => {
        const width = widths[index] ?? 20;
        const right = table.numeric[index] === true;
        cell.forEach((line, row) => {
          const baseline = this.y + 0.8 + lineHeight * (row + 0.8);
          if (right) this.doc.text(line, x + width - 1, baseline, { align: 'right' });
          else this.doc.text(line, x + 1, baseline);
        });
        x += width;
      });
      this.y += height;
      this.doc.setDrawColor(COLOURS.rule);
      this.doc.setLineWidth(0.15);
      this.doc.line(PAGE.margin, this.y, PAGE.margin + CONTENT_WIDTH, this.y);
    };
    this.text(table.caption, { size: 9, bold: true });
    this.space(1);
    drawRow(rowOf(table.columns), true);
    for (const row of table.rows) drawRow(rowOf(row), false);
    this.space(2);
  }

  chart(chart: ReportChart): void {
    const height = 58;
    this.ensure(height + 16);
    this.text(chart.title, { size: 9, bold: true });
    const top = this.y + 4;
    const left = PAGE.margin + 8;
    const width = CONTENT_WIDTH - 8;
    const max = Math.max(chart.limit * 1.25, ...chart.bars.map((bar) => bar.value), 1);
    const yOf = (value: number): number => top + height - 10 - (value / max) * (height - 14);
    const slot = width / Math.max(1, chart.bars.length);
    this.doc.setDrawColor(COLOURS.rule);
    this.doc.setLineWidth(0.2);
    this.doc.line(left, yOf(0), left + width, yOf(0));
    this.font(7, 'normal', COLOURS.muted);
    this.doc.text('0', PAGE.margin, yOf(0) + 1);
    chart.bars.forEach((bar, index) => {
      const x = left + index * slot + slot * 0.2;
      const barWidth = slot * 0.6;
      const barTop = yOf(bar.value);
      this.doc.setFillColor(bar.above ? COLOURS.above : COLOURS.bar);
      if (bar.value > 0) this.doc.rect(x, barTop, barWidth, yOf(0) - barTop, 'F');
      this.font(7, 'normal', COLOURS.muted);
      this.doc.text(printable(bar.label), x + barWidth / 2, yOf(0) + 4, { align: 'center' });
      this.font(7, bar.above ? 'bold' : 'normal', bar.above ? COLOURS.above : COLOURS.text);
      const value = `${bar.above ? '▲ ' : ''}${String(Math.round(bar.value * 10) / 10).replace('.', ',')}`;
      if (bar.value > 0) this.doc.text(value, x + barWidth / 2, barTop - 1.2, { align: 'center' });
    });
    this.doc.setDrawColor(COLOURS.above);
    this.doc.setLineWidth(0.5);
    this.doc.setLineDashPattern([2, 1.5], 0);
    this.doc.line(left, yOf(chart.limit), left + width, yOf(chart.limit));
    this.doc.setLineDashPattern([], 0);
    this.font(7, 'bold', COLOURS.above);
    this.doc.text(String(chart.limit), PAGE.margin, yOf(chart.limit) + 1);
    this.y = top + height;
    this.text(chart.limitLabel, { size: 8, muted: true });
    this.space(2);
  }

  /** Footer and page numbers on every page, once the content is laid out. */
  footers(footer: string, pageLabel: (page: number, pages: number) => string): void {
    const pages = this.doc.getNumberOfPages();
    for (let page = 1; page <= pages; page += 1) {
      this.doc.setPage(page);
      const baseline = PAGE.height - PAGE.margin + 4;
      this.doc.setDrawColor(COLOURS.rule);
      this.doc.setLineWidth(0.2);
      this.doc.line(PAGE.margin, baseline - 4, PAGE.margin + CONTENT_WIDTH, baseline - 4);
      this.font(7.5, 'normal', COLOURS.muted);
      this.doc.text(printable(footer), PAGE.margin, baseline);
      this.doc.text(printable(pageLabel(page, pages)), PAGE.margin + CONTENT_WIDTH, baseline, {
        align: 'right',
      });
    }
  }
}

/** Column widths proportional to their longest cell (bounded), filling the text width. */
function columnWidths(doc: jsPDF, table: ReportTable): number[] {
  doc.setFont(REPORT_FONT, 'normal');
  doc.setFontSize(8.5);
  const natural = table.columns.map((column, index) => {
    const cells = [column, ...table.rows.map((row) => row[index] ?? '')];
    return Math.min(90, Math.max(14, ...cells.map((cell) => doc.getTextWidth(printable(cell)) + 3)));
  });
  const total = natural.reduce((sum, width) => sum + width, 0);
  return natural.map((width) => (width / total) * CONTENT_WIDTH);
}
