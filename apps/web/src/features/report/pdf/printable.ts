/**
 * The characters the report's embedded font can print (fonts/*-oz.ttf, made by scripts/make-report-fonts.sh
 * with exactly these ranges; printable.test.ts reads the font files to check it). Anything else — emoji, other
 * scripts typed in a note — would print as an empty box, so it is dropped (pictographs) or shown as "?".
 */
export const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x017f],
  [0x0218, 0x021b],
  [0x2010, 0x2027],
  [0x202f, 0x2030],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2248, 0x2248],
  [0x2264, 0x2265],
  [0x25a0, 0x25a0],
  [0x25b2, 0x25b2],
  [0x25bc, 0x25bc],
  [0x25cf, 0x25cf],
  [0x2713, 0x2713],
];

export function isPrintable(codePoint: number): boolean {
  return PRINTABLE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Emoji and their joiners / variation selectors carry no words: they are left out rather than shown as "?". */
const PICTOGRAPHIC = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f)$/u;

/** Text as the PDF can print it: composed accents (NFC), line breaks and tabs as spaces, unknown characters as "?". */
export function printable(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/[\t\r\n]+/g, ' ')) {
    const codePoint = char.codePointAt(0) ?? 0x3f;
    if (isPrintable(codePoint)) out += char;
    else if (!PICTOGRAPHIC.test(char)) out += '?';
  }
  return out;
}
