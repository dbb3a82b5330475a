import { reportWriteFailure } from '../storage/health.js';
import { errorName } from './failures.js';

export type WriteResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * Runs a write to the device's storage and never rejects: on failure the banner of every screen says so
 * (app/StorageNotice.tsx) and the result is `{ ok: false }`, so the caller stays where it is and keeps what
 * the person typed (no navigation, no reset), ready to try again.
 */
export async function runWrite<T>(write: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    console.error('storage write failed', errorName(error));
    reportWriteFailure();
    return { ok: false };
  }
}
