import type { ProgrammeId } from '@oz/core';

export const PROGRAMMES_PATH = '/programmes';

export function programmePath(id: ProgrammeId): string {
  return `${PROGRAMMES_PATH}/${id}`;
}

export function programmeDayPath(id: ProgrammeId, day: number): string {
  return `${PROGRAMMES_PATH}/${id}/jour/${String(day)}`;
}
