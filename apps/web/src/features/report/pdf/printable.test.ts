import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en.js';
import { fr } from '../../../i18n/fr.js';
import { reportEn } from '../messages.en.js';
import { reportFr } from '../messages.fr.js';
import { isPrintable, PRINTABLE_RANGES, printable } from './printable.js';

/** The font files, from the repository root or from apps/web (Vitest runs from either). */
const FONTS_DIR = join(existsSync('apps/web') ? 'apps/web' : '.', 'src/features/report/pdf/fonts');

/** Code points mapped by a TrueType font's cmap (formats 4 and 12), read straight from the file. */
function codePointsOf(file: string): Set<number> {
  const bytes = readFileSync(join(FONTS_DIR, file));
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = data.getUint16(4);
  let cmap = -1;
  for (let index = 0; index < tables; index += 1) {
    const record = 12 + 16 * index;
    if (data.getUint32(record) === 0x636d6170) cmap = data.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error(`${file}: no cmap table`);
  const covered = new Set<number>();
  for (let index = 0; index < data.getUint16(cmap + 2); index += 1) {
    const subtable = cmap + data.getUint32(cmap + 4 + 8 * index + 4);
    const format = data.getUint16(subtable);
    if (format === 4) {
      const segments = data.getUint16(subtable + 6) / 2;
      for (let segment = 0; segment < segments; segment += 1) {
        const end = data.getUint16(subtable + 14 + 2 * segment);
        const start = data.getUint16(subtable + 16 + 2 * segments + 2 * segment);
        for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint += 1)
          covered.add(codePoint);
      }
    } else if (format === 12) {
      const groups = data.getUint32(subtable + 12);
      for (let group = 0; group < groups; group += 1) {
        const start = data.getUint32(subtable + 16 + 12 * group);
        const end = data.getUint32(subtable + 20 + 12 * group);
        for (let codePoint = start; codePoint <= end; codePoint += 1) covered.add(codePoint);
      }
    }
  }
  return covered;
}

function messagesOf(catalogue: Readonly<Record<string, unknown>>): string[] {
  return Object.values(catalogue).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message as Record<string, string>),
  );
}

describe('what the report PDF can print', () => {
  it.each(['DejaVuSans-oz.ttf', 'DejaVuSans-Bold-oz.ttf'])(
    '%s has a glyph for every printable character',
    (file) => {
      const covered = codePointsOf(file);
      const missing = PRINTABLE_RANGES.flatMap(([from, to]) =>
        Array.from({ length: to - from + 1 }, (_, offset) => from + offset),
      ).filter((codePoint) => !covered.has(codePoint) && codePoint !== 0x00ad);
      expect(missing.map((codePoint) => codePoint.toString(16))).toEqual([]);
    },
  );

  it('prints every character of the French and English catalogues (the report’s own words)', () => {
    const all = [fr, en, reportFr, reportEn].flatMap(messagesOf);
    const characters = new Set(all.join(''));
    const unprintable = [...characters].filter((char) => !isPrintable(char.codePointAt(0) ?? 0));
    expect(unprintable).toEqual([]);
  });

  it.each([
    ['Soirée « difficile » : ≤ 2 verres, 5 € — œuf', 'Soirée « difficile » : ≤ 2 verres, 5 € — œuf'],
    ['e\u0301te\u0301', 'été'],
    ['Bien 👍🏽 passé ❤️ !', 'Bien  passé  !'],
    ['Привет', '??????'],
    ['ligne 1\nligne 2', 'ligne 1 ligne 2'],
  ])('printable(%j) → %j', (typed, shown) => {
    expect(printable(typed)).toBe(shown);
  });
});
