// Ids that sort in creation order: the instant (ms, zero-padded), a per-process sequence for events of the same
// millisecond, then a random part for uniqueness across processes. Histories and the audit log are ordered by
// (`at`, id), so two events of the same instant keep the order in which they were written.
import { randomUUID } from 'node:crypto';

let sequence = 0;

export function sortableId(at: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${String(at.getTime()).padStart(13, '0')}${String(sequence).padStart(6, '0')}-${randomUUID()}`;
}
