import type { jsPDF } from 'jspdf';
import boldUrl from './fonts/DejaVuSans-Bold-oz.ttf?url';
import regularUrl from './fonts/DejaVuSans-oz.ttf?url';

/**
 * The report's font: DejaVu Sans (Bitstream Vera licence, fonts/LICENSE), shipped with the app and embedded in
 * the PDF. The 14 standard PDF fonts cannot print ≤ or € reliably (jsPDF writes "d for ≤). Files are fetched
 * from the app's own origin only when a report is made (and then kept by the service worker).
 */
export const REPORT_FONT = 'DejaVuSans-Oz';

export class ReportFontError extends Error {
  readonly code = 'report_font_unavailable';
  constructor(status: string) {
    super(`The report font could not be loaded (${status})`);
    this.name = 'ReportFontError';
  }
}

function base64Of(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < view.length; offset += chunk) {
    binary += String.fromCharCode(...view.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

async function fetchFont(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new ReportFontError('offline');
  }
  if (!response.ok) throw new ReportFontError(`HTTP ${String(response.status)}`);
  return base64Of(await response.arrayBuffer());
}

/** Loads both weights into the document (a TrueType font is embedded as Identity-H: any character it has). */
export async function embedReportFont(doc: jsPDF): Promise<void> {
  const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]);
  doc.addFileToVFS('DejaVuSans-oz.ttf', regular);
  doc.addFont('DejaVuSans-oz.ttf', REPORT_FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold-oz.ttf', bold);
  doc.addFont('DejaVuSans-Bold-oz.ttf', REPORT_FONT, 'bold');
}
