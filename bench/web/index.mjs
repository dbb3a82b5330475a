// Web budgets (issue 3): the person's initial JavaScript ≤ 150 KB gzip, measured from the Vite build
// manifest (the entry of index.html and its static imports; lazy route chunks excluded), plus the first
// screen's route chunk, CSS and the service worker precache. Lighthouse mobile scores when
// `lighthouse` (^12) is installed and /usr/bin/chromium exists. Measured, never asserted.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'apps/web/dist');
const BUDGET_KB = 150;
const REPORT_PDF_MODULE = 'src/features/report/pdf/renderPdf.ts';

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const round = (n) => Math.round(n * 10) / 10;

/** Files loaded by a manifest chunk and its static imports (never its dynamic imports). */
function staticClosure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (chunk === undefined || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function filesOf(manifest, keys, pick) {
  return [...new Set([...keys].flatMap((key) => pick(manifest[key])))];
}

function sizes(manifest) {
  const initialKeys = staticClosure(manifest, 'index.html');
  const initialJs = filesOf(manifest, initialKeys, (chunk) => [chunk.file]);
  const initialCss = filesOf(manifest, initialKeys, (chunk) => chunk.css ?? []);
  const homeKeys = [...staticClosure(manifest, 'src/features/diary/DiaryHome.tsx')].filter(
    (key) => !initialKeys.has(key),
  );
  const homeJs = filesOf(manifest, homeKeys, (chunk) => [chunk.file]);
  const sum = (files) => round(files.reduce((total, file) => total + gzipKb(file), 0));
  return {
    initialJsGzipKB: sum(initialJs),
    initialJsBudgetKB: BUDGET_KB,
    withinBudget: sum(initialJs) <= BUDGET_KB,
    initialJsFiles: initialJs,
    initialCssGzipKB: sum(initialCss),
    homeRouteJsGzipKB: sum(homeJs),
    firstScreenJsGzipKB: round(sum(initialJs) + sum(homeJs)),
    // The professionals' workspace (pro.html, src/pro/**) must never be loaded by the person's app.
    proModulesInPersonBundle: [...initialKeys].filter(
      (key) => key === 'pro.html' || key.startsWith('src/pro/'),
    ).length,
    // The report's PDF renderer (jsPDF) is loaded only when the person asks for a PDF (docs/reports.md):
    // its own chunk, and whether anything of it reached the initial download.
    reportPdfChunkGzipKB:
      manifest[REPORT_PDF_MODULE] === undefined ? null : sum([manifest[REPORT_PDF_MODULE].file]),
    reportPdfInInitialBundle: initialKeys.has(REPORT_PDF_MODULE),
    allJsGzipKB: sum(
      Object.values(manifest)
        .map((chunk) => chunk.file)
        .filter((file) => file.endsWith('.js')),
    ),
  };
}

async function waitForServer(url, tries = 50) {
  for (let i = 0; i < tries; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start at ${url}`);
}

async function lighthouse(log) {
  const bin = join(root, 'node_modules/.bin/lighthouse');
  if (!existsSync(bin) || !existsSync('/usr/bin/chromium'))
    return { skipped: 'lighthouse or /usr/bin/chromium not installed' };
  const port = 4399;
  const server = spawn(
    join(root, 'node_modules/.bin/vite'),
    ['preview', '--port', String(port), '--strictPort'],
    {
      cwd: join(root, 'apps/web'),
      stdio: 'ignore',
    },
  );
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    const scores = {};
    for (const path of ['/bienvenue', '/']) {
      log(`lighthouse ${path}`);
      const output = execFileSync(
        bin,
        [
          `http://127.0.0.1:${port}${path}`,
          '--quiet',
          '--output=json',
          '--only-categories=performance,accessibility,best-practices',
          '--form-factor=mobile',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        ],
        { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(output.toString());
      scores[path] = Object.fromEntries(
        Object.entries(report.categories).map(([id, category]) => [id, Math.round(category.score * 100)]),
      );
    }
    return scores;
  } finally {
    server.kill();
  }
}

export default async function run({ log }) {
  log('building @oz/web');
  execFileSync('npm', ['run', 'build', '-w', '@oz/web'], { cwd: root, stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const result = sizes(manifest);
  log(
    `initial JS ${result.initialJsGzipKB} KB gzip (budget ${BUDGET_KB} KB), first screen ${result.firstScreenJsGzipKB} KB`,
  );
  // The injected precache list is JSON (`"url":"…"`) since the worker is built with injectManifest.
  const precache = readFileSync(join(dist, 'sw.js'), 'utf8').match(/"url":"[^"]+"/g)?.length ?? 0;
  return {
    ...result,
    precacheEntries: precache,
    serviceWorkerBytes: statSync(join(dist, 'sw.js')).size,
    lighthouseMobile: await lighthouse(log),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run({ log: (message) => console.log(message) });
  console.log(JSON.stringify(result, null, 2));
}
