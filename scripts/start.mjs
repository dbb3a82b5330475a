#!/usr/bin/env node
// `npm start`: builds whatever is missing or older than its sources (core, contracts, web, server dist), then
// serves the PWA and the API on one port. Defaults: PORT 8080, HOST 127.0.0.1, SQLite under ./var/ (override
// with DATABASE_URL, OZ_DATA_DIR…; see apps/server/src/config.ts). At first start the server migrates the
// database and loads the shipped open data from data/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Each workspace, the file its build produces, and whether the server can start without it. In build order. */
const BUILDS = [
  { workspace: '@oz/core', dir: 'packages/core', output: 'packages/core/dist/index.js', required: true },
  {
    workspace: '@oz/contracts',
    dir: 'packages/contracts',
    output: 'packages/contracts/dist/index.js',
    required: true,
  },
  { workspace: '@oz/web', dir: 'apps/web', output: 'apps/web/dist/index.html', required: false },
  { workspace: '@oz/server', dir: 'apps/server', output: 'apps/server/dist/server.js', required: true },
];

function hasBuildScript(dir) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  return typeof manifest.scripts?.build === 'string';
}

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** Why a workspace must be built: missing output, sources newer than it, or a dependency rebuilt before it. */
function needsBuild(build, dependencyRebuilt) {
  const output = join(root, build.output);
  if (!existsSync(output)) return 'is missing';
  if (dependencyRebuilt) return 'depends on a workspace just rebuilt';
  return newestMtime(join(root, build.dir, 'src')) > statSync(output).mtimeMs
    ? 'is older than its sources'
    : undefined;
}

let dependencyRebuilt = false;
for (const build of BUILDS) {
  const reason = needsBuild(build, dependencyRebuilt);
  if (reason === undefined) continue;
  if (!hasBuildScript(build.dir)) {
    const message = `${build.workspace} has no build script yet: ${build.output} ${reason}.`;
    if (build.required) fail(message);
    console.warn(`warning: ${message} Serving the API only.`);
    continue;
  }
  console.log(`building ${build.workspace} (${build.output} ${reason})…`);
  dependencyRebuilt = true;
  const result = spawnSync('npm', ['run', 'build', '-w', build.workspace], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    const message = `building ${build.workspace} failed (exit ${result.status ?? 'signal'}).`;
    if (build.required) fail(message);
    console.warn(`warning: ${message} Serving the API only.`);
  }
}

const server = spawn(process.execPath, [join(root, 'apps/server/dist/server.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { PORT: '8080', HOST: '127.0.0.1', ...process.env },
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 0)));

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}
