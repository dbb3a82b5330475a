#!/usr/bin/env node
// `npm test`: every unit/integration test (Vitest, all workspaces), then the browser e2e suite
// (Playwright, when the e2e workspace has tests). Ends with one plain summary line
// "tests: N passed, N failed" that CI reads, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reportDir = join(root, 'var', 'test-reports');
mkdirSync(reportDir, { recursive: true });

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let exitCode = 0;

const vitestReport = join(reportDir, 'vitest.json');
rmSync(vitestReport, { force: true });
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const unit = readJson(vitestReport);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
if (vitestStatus !== 0 || !unit) exitCode = 1;

const e2eConfig = join(root, 'e2e', 'playwright.config.ts');
if (existsSync(e2eConfig) && process.env.OZ_SKIP_E2E !== '1') {
  const e2eReport = join(reportDir, 'playwright.json');
  rmSync(e2eReport, { force: true });
  const e2eStatus = run('npx', ['playwright', 'test', '-c', e2eConfig, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  });
  const e2e = readJson(e2eReport);
  if (e2e?.stats) {
    passed += e2e.stats.expected ?? 0;
    failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
  }
  if (e2eStatus !== 0 || !e2e) exitCode = 1;
}

if (exitCode !== 0 && failed === 0) failed = 1; // a crashed runner is a failure, never a silent pass
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
