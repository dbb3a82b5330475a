#!/usr/bin/env node
// Precompresses the built app once, at build time (ADR 0006): beside every text file of dist/ a `.br` (brotli,
// quality 11) and a `.gz` (gzip, level 9), kept only when smaller than the file. The server picks one by the
// request's Accept-Encoding (@fastify/static `preCompressed`), so nothing is compressed per request and the
// slowest, smallest settings cost nothing at run time. Run by `npm run build` after `vite build`.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist', import.meta.url).pathname;
/** Text formats (images and fonts other than TrueType are already compressed). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml|ttf|ico)$/;
/** Below this, headers dominate and a compressed copy saves next to nothing. */
const MIN_BYTES = 512;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

let count = 0;
let before = 0;
let afterBrotli = 0;
// A rebuild over an old dist: stale copies would be served for files that changed.
for (const path of [...files(dist)]) if (path.endsWith('.br') || path.endsWith('.gz')) rmSync(path);
for (const path of [...files(dist)]) {
  if (!COMPRESSIBLE.test(path) || relative(dist, path).startsWith('.vite')) continue;
  const size = statSync(path).size;
  if (size < MIN_BYTES) continue;
  const content = readFileSync(path);
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  });
  const gzip = gzipSync(content, { level: 9 });
  if (brotli.length < size) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < size) writeFileSync(`${path}.gz`, gzip);
  count += 1;
  before += size;
  afterBrotli += Math.min(brotli.length, size);
}
process.stdout.write(
  `precompressed ${count} files: ${Math.round(before / 1024)} KB → ${Math.round(afterBrotli / 1024)} KB brotli\n`,
);
