// Which built files belong to the person's app, read from Vite's build manifest. The service worker precaches
// only those: professionals' code is never downloaded onto people's phones (design brief: cheap phones, little
// storage), and the workspace needs the network anyway.
import { existsSync, readFileSync } from 'node:fs';

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}
type BuildManifest = Readonly<Record<string, ManifestChunk>>;

/**
 * Every file reachable from `entry` through static and dynamic imports, with their CSS and assets; the chunks
 * listed in `skip` are not entered.
 */
export function filesReachableFrom(
  manifest: BuildManifest,
  entry: string,
  skip: ReadonlySet<string> = new Set(),
): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>(skip);
  const pending = [entry];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    const chunk = manifest[key];
    if (seen.has(key) || chunk === undefined) continue;
    seen.add(key);
    files.add(chunk.file);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
    pending.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []));
  }
  return files;
}

/** The files only the professionals' workspace (pro.html) uses. Empty when there is no manifest. */
export function professionalOnlyFiles(manifestPath: string): Set<string> {
  if (!existsSync(manifestPath)) return new Set();
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuildManifest;
  const person = filesReachableFrom(manifest, 'index.html');
  const professional = filesReachableFrom(manifest, 'pro.html');
  return new Set([...professional].filter((file) => !person.has(file)));
}

/**
 * The files the person's app loads only through `lazyEntry` (a dynamically imported module, e.g. the report's
 * PDF renderer with jsPDF and the font): left out of the precache so they do not weigh on every install.
 * Empty when there is no manifest or the module is not in it.
 */
export function lazyOnlyFiles(manifestPath: string, lazyEntry: string): Set<string> {
  if (!existsSync(manifestPath)) return new Set();
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuildManifest;
  if (manifest[lazyEntry] === undefined) return new Set();
  const lazy = filesReachableFrom(manifest, lazyEntry);
  const otherwise = filesReachableFrom(manifest, 'index.html', new Set([lazyEntry]));
  return new Set([...lazy].filter((file) => !otherwise.has(file)));
}
