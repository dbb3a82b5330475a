// Share records → API shapes.
import type { ShareRecord } from '../db/repositories/shares.repository.js';

export function scopesOf(share: ShareRecord): ('diary' | 'screening')[] {
  const { diaryWeeks, diaryDays, screenings } = share.data;
  return [
    ...(diaryWeeks === undefined && diaryDays === undefined ? [] : ['diary' as const]),
    ...(screenings === undefined ? [] : ['screening' as const]),
  ];
}

export function shareSummaryOf(share: ShareRecord) {
  return {
    id: share.id,
    label: share.label,
    linkedAt: share.createdAt,
    updatedAt: share.updatedAt,
    scopes: scopesOf(share),
  };
}
