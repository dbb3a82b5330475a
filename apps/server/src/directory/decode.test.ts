import { describe, expect, it } from 'vitest';
import { decodeImportFile } from './decode.js';

describe('decodeImportFile', () => {
  it('reads UTF-8 and strips a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('É è ô Œ', 'utf8')]);
    expect(decodeImportFile(bytes)).toEqual({ text: 'É è ô Œ', encoding: 'utf-8' });
  });

  it('falls back on Windows-1252, including its 0x80–0x9F letters (Œ is 0x8C)', () => {
    const bytes = Buffer.from([0xc9, 0x20, 0xe8, 0x20, 0xf4, 0x20, 0x8c, 0x20, 0x80]);
    expect(decodeImportFile(bytes)).toEqual({ text: 'É è ô Œ €', encoding: 'windows-1252' });
  });
});
