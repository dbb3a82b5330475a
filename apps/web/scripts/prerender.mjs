#!/usr/bin/env node
// Writes the first view of each main screen as its own HTML file (ADR 0009), after `vite build`: the app's own
// components (src/prerender/render.tsx, bundled here for Node) render each screen of src/prerender/screens.ts in
// French into a copy of dist/index.html, with the screen's stylesheet linked and the page's title, so the largest
// text of the screen is painted before any JavaScript runs. The server answers exactly those paths with these
// files (apps/server/src/plugins/app/web.ts reads dist/prerendered/routes.json); index.html stays the shell of
// every other path and of the service worker. Run by `npm run build`, before precompress.mjs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defaultServerConditions } from 'vite';

const web = new URL('..', import.meta.url).pathname;
const dist = join(web, 'dist');
const ROUTES_FILE = 'prerendered/routes.json';

function fail(message) {
  process.stderr.write(`prerender: ${message}\n`);
  process.exit(1);
}

/** Bundles the renderer for Node (React, the screens, the catalogue) into a temporary directory. */
async function bundleRenderer(outDir) {
  const conditions = ['@oz/source', ...defaultServerConditions];
  await build({
    configFile: false,
    root: web,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions },
    ssr: { noExternal: true, resolve: { conditions, externalConditions: conditions } },
    build: {
      ssr: join(web, 'src/prerender/render.tsx'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        output: { entryFileNames: 'render.mjs' },
        // The renderer imports the screens statically (routes.ts imports them lazily): expected in this bundle.
        onwarn: (warning, warn) => {
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
        },
      },
    },
  });
  return import(pathToFileURL(join(outDir, 'render.mjs')).href);
}

/** The stylesheets a screen's chunk and its static imports bring (the entry's own are already linked). */
function stylesheetsOf(manifest, module) {
  const sheets = new Set();
  const seen = new Set(['index.html']);
  const pending = [module];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    const chunk = manifest[key];
    if (seen.has(key) || chunk === undefined) continue;
    seen.add(key);
    for (const sheet of chunk.css ?? []) sheets.add(sheet);
    pending.push(...(chunk.imports ?? []));
  }
  return [...sheets];
}

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** index.html with the screen's first view in #root, its title, and its stylesheets. */
function pageHtml(shell, rendered, sheets) {
  const open = '<div id="root">';
  const start = shell.indexOf(open);
  const end = shell.lastIndexOf('</div>', shell.indexOf('<noscript>'));
  if (start === -1 || end === -1 || end < start)
    fail('dist/index.html has no <div id="root">…</div><noscript>');
  if (/\sstyle=/.test(rendered.root))
    fail('a prerendered screen has a style attribute (the CSP forbids them)');
  const links = sheets.map((sheet) => `<link rel="stylesheet" crossorigin href="/${sheet}">`).join('');
  const withRoot = `${shell.slice(0, start + open.length)}${rendered.root}${shell.slice(end)}`;
  return withRoot
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
    .replace('</head>', `${links}</head>`);
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
const outDir = mkdtempSync(join(tmpdir(), 'oz-prerender-'));
try {
  const { PRERENDERED_SCREENS, renderScreen } = await bundleRenderer(outDir);
  rmSync(join(dist, 'prerendered'), { recursive: true, force: true });
  const routes = {};
  for (const screen of PRERENDERED_SCREENS) {
    if (manifest[screen.module] === undefined) fail(`${screen.module} is not in the build manifest`);
    const html = pageHtml(shell, renderScreen(screen), stylesheetsOf(manifest, screen.module));
    mkdirSync(dirname(join(dist, screen.file)), { recursive: true });
    writeFileSync(join(dist, screen.file), html);
    routes[screen.path] = screen.file;
  }
  writeFileSync(join(dist, ROUTES_FILE), `${JSON.stringify(routes, null, 2)}\n`);
  process.stdout.write(
    `prerendered ${Object.keys(routes).length} screens: ${Object.keys(routes).join(' ')}\n`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
