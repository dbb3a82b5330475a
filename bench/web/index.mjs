// Web budgets (issues 3 and 13): the person's initial JavaScript ≤ 120 KB gzip, measured from the Vite build
// manifest (the entry of index.html and its static imports; lazy route chunks excluded), plus the first
// screen's route chunk, CSS and the service worker precache. Lighthouse mobile scores when
// `lighthouse` (^12) is installed and /usr/bin/chromium exists. Measured, never asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../lib/workers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'apps/web/dist');
const BUDGET_KB = 120;
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

/** The person's main screens: the welcome, the five sections of the bottom bar, and the care finder. */
const SCREENS = (
  process.env.OZ_BENCH_SCREENS ?? '/bienvenue,/,/calendrier,/objectifs,/evaluer,/plus,/aide'
).split(',');
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Lighthouse (npm `lighthouse`, mobile preset: Moto G Power, slow 4G, 4× CPU slowdown) on each main screen,
 * served by Oz itself (precompressed files, cache headers, the API) and driven in /usr/bin/chromium through
 * chrome-launcher. One Chromium profile for every run: Lighthouse clears the service worker and the caches
 * before each screen (a first load every time) but keeps IndexedDB, so once the welcome has been measured, it
 * is completed (« Pour moi ») and the diary home is measured as a returning person sees it — never redirected.
 */
async function lighthouseScores(log) {
  if (!existsSync('/usr/bin/chromium')) return { skipped: '/usr/bin/chromium not installed' };
  const [{ default: lighthouse }, chromeLauncher, { default: puppeteer }] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
    import('puppeteer-core'),
  ]);
  const oz = await startServer('../lib/oz-server.mjs', { sqliteDir: undefined, webDist: dist });
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const origin = `http://127.0.0.1:${oz.port}`;
  const scores = {};
  try {
    for (const path of SCREENS) {
      if (path === '/') await completeWelcome(puppeteer, chrome.port, origin);
      log(`lighthouse ${path}`);
      const { lhr } = await lighthouse(
        `${origin}${path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        },
        undefined,
      );
      const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
      scores[path] = {
        ...Object.fromEntries(
          Object.entries(lhr.categories).map(([id, category]) => [id, Math.round(category.score * 100)]),
        ),
        ...(finalPath === path ? {} : { landedOn: finalPath }),
        firstContentfulPaintMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
        largestContentfulPaintMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        totalBlockingTimeMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cumulativeLayoutShift: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        // What costs points: audits of the three categories that did not pass.
        failedAudits: Object.values(lhr.categories)
          .flatMap((category) => category.auditRefs)
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 0.9)
          .map((ref) => ref.id),
        // The CPU speed Lighthouse measured: on a machine busy with other work it drops, and with it the
        // performance score (the 4× slowdown is applied on top). Compare runs with similar indexes.
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      };
      if (process.env.OZ_BENCH_LIGHTHOUSE_DEBUG) {
        log(JSON.stringify(lhr.audits['layout-shifts']?.details?.items ?? [], null, 1).slice(0, 3000));
        for (const id of scores[path].failedAudits)
          log(
            `${id}: ${JSON.stringify(lhr.audits[id].details?.items ?? lhr.audits[id].displayValue).slice(0, 1500)}`,
          );
      }
      log(`  ${JSON.stringify(scores[path])}`);
    }
    return { formFactor: 'mobile (Lighthouse default throttling)', server: 'Oz (compiled, SQLite)', scores };
  } finally {
    chrome.kill();
    await oz.close();
  }
}

/** Chooses « Pour moi » on the welcome screen, as a person does once: the diary is home from then on. */
async function completeWelcome(puppeteer, port, origin) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/bienvenue`, { waitUntil: 'networkidle0' });
    await page.click('a.door[href="/profil"]');
    await page.waitForFunction(() => globalThis.location.pathname === '/profil');
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

export default async function run({ log }) {
  if (process.env.OZ_BENCH_WEB_NO_BUILD !== '1') {
    log('building @oz/web');
    execFileSync('npm', ['run', 'build', '-w', '@oz/web'], { cwd: root, stdio: 'ignore' });
  }
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
    lighthouseMobile: await lighthouseScores(log),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run({ log: (message) => console.log(message) });
  console.log(JSON.stringify(result, null, 2));
}
