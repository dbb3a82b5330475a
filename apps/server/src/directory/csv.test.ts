import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted separators, doubled quotes and line breaks, with their starting line numbers', () => {
    const text = 'a;"b;c";"say ""hi"""\r\n"multi\nline";x;y\n\nlast;;\n';
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, cells: ['a', 'b;c', 'say "hi"'] },
      { line: 2, cells: ['multi\nline', 'x', 'y'] },
      { line: 5, cells: ['last', '', ''] },
    ]);
  });

  it('reports an unterminated quote', () => {
    expect(() => parseCsv('a,"b\nc', ',')).toThrow(CsvSyntaxError);
  });
});
