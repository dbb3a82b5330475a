import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesReachableFrom, lazyOnlyFiles, professionalOnlyFiles } from './person-assets.js';

const manifest = {
  'index.html': { file: 'assets/index.js', imports: ['_react.js'], dynamicImports: ['src/Diary.tsx'] },
  'src/Diary.tsx': { file: 'assets/Diary.js', imports: ['_react.js'], css: ['assets/Diary.css'] },
  'pro.html': {
    file: 'assets/pro.js',
    imports: ['_react.js', '_zod.js'],
    dynamicImports: ['src/pro/Queue.tsx'],
  },
  'src/pro/Queue.tsx': { file: 'assets/Queue.js', imports: ['_zod.js'] },
  '_react.js': { file: 'assets/react.js' },
  '_zod.js': { file: 'assets/zod.js' },
};

describe('person assets', () => {
  it('follows static and dynamic imports, CSS included', () => {
    expect([...filesReachableFrom(manifest, 'index.html')].sort()).toEqual([
      'assets/Diary.css',
      'assets/Diary.js',
      'assets/index.js',
      'assets/react.js',
    ]);
  });

  it('lists what only the workspace uses, never a chunk the person needs', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'oz-manifest-')), 'manifest.json');
    writeFileSync(path, JSON.stringify(manifest));
    expect([...professionalOnlyFiles(path)].sort()).toEqual([
      'assets/Queue.js',
      'assets/pro.js',
      'assets/zod.js',
    ]);
  });

  it('excludes nothing when there is no manifest yet', () => {
    expect(professionalOnlyFiles('/nonexistent/manifest.json').size).toBe(0);
    expect(lazyOnlyFiles('/nonexistent/manifest.json', 'src/Pdf.ts').size).toBe(0);
  });

  it('lists what only a lazily loaded module uses (the PDF renderer), never a chunk shared with the app', () => {
    const withPdf = {
      ...manifest,
      'src/Diary.tsx': { ...manifest['src/Diary.tsx'], dynamicImports: ['src/Pdf.ts'] },
      'src/Pdf.ts': {
        file: 'assets/Pdf.js',
        imports: ['_react.js', '_jspdf.js'],
        assets: ['assets/font.ttf'],
      },
      '_jspdf.js': { file: 'assets/jspdf.js', dynamicImports: ['_html2canvas.js'] },
      '_html2canvas.js': { file: 'assets/html2canvas.js' },
    };
    const path = join(mkdtempSync(join(tmpdir(), 'oz-manifest-')), 'manifest.json');
    writeFileSync(path, JSON.stringify(withPdf));
    expect([...lazyOnlyFiles(path, 'src/Pdf.ts')].sort()).toEqual([
      'assets/Pdf.js',
      'assets/font.ttf',
      'assets/html2canvas.js',
      'assets/jspdf.js',
    ]);
    expect(lazyOnlyFiles(path, 'src/Missing.ts').size).toBe(0);
  });
});
