#!/usr/bin/env node
// `npm run bench [-- suite…]`: runs every bench/<suite>/index.mjs (or the named ones) one after the other and
// merges their results into bench/results.json (results of suites not run this time are kept).
// A suite module exports `default async function run({ log })` returning a JSON-serialisable object.
// Numbers are measured, never asserted: tests have no timing assertions (docs/conventions.md).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const benchDir = new URL('.', import.meta.url).pathname;
const resultsPath = join(benchDir, 'results.json');
const wanted = process.argv.slice(2);

const suites = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(benchDir, entry.name, 'index.mjs')))
  .map((entry) => entry.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
if (suites.length === 0) {
  console.error(
    `no bench suite found${wanted.length ? ` named ${wanted.join(', ')}` : ''} (bench/<suite>/index.mjs)`,
  );
  process.exit(1);
}

const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
const results = {
  ...previous,
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    // Other work on the machine skews every number: recorded so readers can judge.
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  },
  suites: { ...(previous.suites ?? {}) },
};

let failed = false;
for (const name of suites) {
  const started = Date.now();
  console.log(`\n== bench ${name}`);
  try {
    const suite = await import(pathToFileURL(join(benchDir, name, 'index.mjs')).href);
    const result = await suite.default({ log: (message) => console.log(`[${name}] ${message}`) });
    results.suites[name] = {
      measuredAt: new Date().toISOString(),
      durationSeconds: seconds(started),
      ...result,
    };
  } catch (error) {
    failed = true;
    console.error(`[${name}] failed:`, error);
    results.suites[name] = { measuredAt: new Date().toISOString(), error: String(error?.message ?? error) };
  }
  writeFileSync(resultsPath, await formatted(results));
}
console.log(`\nresults written to ${resultsPath}`);
process.exit(failed ? 1 : 0);

function seconds(since) {
  return Math.round((Date.now() - since) / 100) / 10;
}

/** The results as the repository's formatter writes JSON, so `npm run check` stays green after a bench run. */
async function formatted(value) {
  const options = (await prettier.resolveConfig(resultsPath)) ?? {};
  return prettier.format(JSON.stringify(value, null, 2), { ...options, filepath: resultsPath });
}
