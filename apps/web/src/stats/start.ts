import { sendDueCounts } from './send.js';
import { countThisOpening } from './usage.js';

/**
 * At each start of the app: count this opening, then send what is due (at most once a day); again when the
 * device comes back online. Loaded after the first screen, never in its way.
 */
export function startStatistics(): () => void {
  const send = (): void => {
    void sendDueCounts();
  };
  void countThisOpening().then(send);
  window.addEventListener('online', send);
  return () => window.removeEventListener('online', send);
}
