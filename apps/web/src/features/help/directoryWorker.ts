// A dedicated worker that keeps the directory saved on the device up to date (offlineStore.ts): downloading,
// validating (zod, @oz/contracts) and storing the structure snapshot and the postal-code table are long tasks
// that must never compete with the care finder's first screen (ADR 0009). It answers with the coverage the
// screen shows, then closes.
import { loadOfflineDirectory, NO_DIRECTORY, refreshOfflineDirectory } from './offlineStore.js';
import type { DirectoryMessage } from './refreshDirectory.js';

function send(message: DirectoryMessage): void {
  self.postMessage(message);
}

async function refresh(now: Date): Promise<void> {
  const stored = await loadOfflineDirectory().catch(() => NO_DIRECTORY);
  const coverage = stored.snapshot?.body.coverage;
  if (coverage !== undefined) send({ kind: 'coverage', coverage });
  const refreshed = await refreshOfflineDirectory(stored, now).catch(() => stored);
  const fresh = refreshed.snapshot?.body.coverage;
  if (fresh !== undefined && refreshed !== stored) send({ kind: 'coverage', coverage: fresh });
}

self.addEventListener(
  'message',
  (event: MessageEvent<{ readonly now: string }>) => {
    void refresh(new Date(event.data.now)).finally(() => {
      send({ kind: 'done' });
      self.close();
    });
  },
  { once: true },
);
