// Cleans the fields of imported rows: phone numbers, web sites, FINESS street abbreviations, dates.

/** First French phone number in a published text, as 10 digits (« 01 48 06 43 68 ; permanence… » → 0148064368). */
export function normalisePhone(value: string): string | null {
  const match = /(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/.exec(value);
  if (match === null) {
    // Spreadsheet copies of FINESS lost the leading zero (docs/reference/finess-format.md §3.1).
    const digits = value.replace(/\D/g, '');
    return digits.length === 9 && digits !== '000000000' ? `0${digits}` : null;
  }
  const digits = match[0].replace(/\D/g, '').replace(/^33/, '0');
  return digits === '0000000000' ? null : digits;
}

/** An absolute https URL, or null (« www.x.fr » → « https://www.x.fr »). */
export function normaliseWebsite(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes('.') ? url.toString() : null;
  } catch {
    return null;
  }
}

// FINESS street-type codes (typvoie) that people would not read as words.
const STREET_TYPES: Readonly<Record<string, string>> = {
  R: 'RUE',
  AV: 'AVENUE',
  BD: 'BOULEVARD',
  CHE: 'CHEMIN',
  RTE: 'ROUTE',
  PL: 'PLACE',
  ALL: 'ALLEE',
  CRS: 'COURS',
  IMP: 'IMPASSE',
  QUA: 'QUAI',
  SQ: 'SQUARE',
  FG: 'FAUBOURG',
  PROM: 'PROMENADE',
  ZA: 'ZONE ARTISANALE',
  ZI: 'ZONE INDUSTRIELLE',
  LD: 'LIEU-DIT',
  RPT: 'ROND-POINT',
  CHS: 'CHAUSSEE',
  PAS: 'PASSAGE',
  SEN: 'SENTIER',
  VC: 'VOIE COMMUNALE',
};

export function expandStreetType(code: string): string {
  return STREET_TYPES[code.toUpperCase()] ?? code;
}

/** « 21 BD SILVIO TRENTIN » → « 21 BOULEVARD SILVIO TRENTIN » (only a street-type word right after the number). */
export function expandAddressAbbreviation(address: string): string {
  return address.replace(
    /^(\d+\s*(?:[A-Z]\s)?)?([A-Z]{1,4})\s/,
    (whole, number: string | undefined, code: string) => {
      const expanded = STREET_TYPES[code];
      return expanded === undefined ? whole : `${number ?? ''}${expanded} `;
    },
  );
}

/** `YYYY-MM-DD`, `DD/MM/YYYY` (spreadsheet copies), `YYYY-MM` or `YYYY` → an ISO day, else null. */
export function normaliseDay(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : partialDay(trimmed);
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day) ? null : `${year}-${month}-${day}`;
}

function partialDay(value: string): [string | undefined, string | undefined, string | undefined] {
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (partial === null) return [undefined, undefined, undefined];
  return [partial[1], partial[2] ?? '01', '01'];
}
