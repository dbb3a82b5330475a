// A minimal built web app (index.html, pro.html, sw.js) in a temporary directory, for tests of the web host.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oz-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Oz</title>');
  writeFileSync(join(dir, 'pro.html'), '<!doctype html><title>Oz pro</title>');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("install", () => {});');
  return dir;
}
