// Accessibility check with axe-core: injects the library into the page and fails with a readable list of
// every WCAG 2.x A/AA violation (rule, impact, help link, offending elements).
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSourcePath = require.resolve('axe-core/axe.min.js');

/** WCAG 2.0, 2.1 and 2.2 levels A and AA: the bar set by issue 3 ("0 violations on every main screen"). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

let axeSource: string | undefined;

/**
 * Injects axe-core. The app is served with a strict Content-Security-Policy (`script-src 'self'`), which
 * blocks the inline <script> that `page.addScriptTag({ path })` creates; evaluating the source through
 * the DevTools protocol is not subject to the page's CSP, so the app is tested with its real headers.
 */
async function injectAxe(page: Page): Promise<void> {
  const alreadyThere = await page.evaluate(() => 'axe' in window);
  if (alreadyThere) return;
  axeSource ??= readFileSync(axeSourcePath, 'utf8');
  await page.evaluate(axeSource);
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: AxeRunner }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        html: node.html,
        summary: node.failureSummary ?? '',
      })),
    }));
  }, wcagTags);
}

/** The tiny part of axe's API used in the page (axe-core's own types describe a global we do not load). */
interface AxeRunner {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: string[]; html: string; failureSummary?: string }[];
    }[];
  }>;
}

function describeViolations(screen: string, violations: AxeViolation[]): string {
  const lines = [`axe: ${violations.length} WCAG A/AA violation(s) on "${screen}":`];
  for (const violation of violations) {
    lines.push(`- [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) {
      lines.push(`    at ${node.target}`, `      ${node.html.slice(0, 200)}`);
      if (node.summary) lines.push(`      ${node.summary.replaceAll('\n', '\n      ')}`);
    }
  }
  return lines.join('\n');
}

/**
 * Asserts that axe-core finds no WCAG 2 A/AA violation on the page as it is now. With `soft`, the test goes
 * on to the next screens and fails at its end, so one run reports every screen that needs fixing.
 */
export async function expectNoAxeViolations(page: Page, screen: string, options: { soft?: boolean } = {}) {
  // Colours are checked at rest: with transitions off (the app honours reduced motion), a button caught
  // half-way through a hover transition cannot be reported as a contrast failure.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const violations = await runAxe(page);
  const check = options.soft === true ? expect.soft : expect;
  check(violations.length, describeViolations(screen, violations)).toBe(0);
}
