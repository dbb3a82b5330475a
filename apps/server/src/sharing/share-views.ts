// Share rows → API shapes. The stored JSON was validated on upload; it is parsed again on the way out so a
// row can never leak a shape the contract does not describe.
import { DiaryDayTotalSchema, DiaryWeekSummarySchema, SharedScreeningSchema } from '@oz/contracts';
import type { SharedData } from '@oz/contracts';
import { z } from 'zod';
import type { ShareRow } from '../db/repositories/shares.repository.js';

const DiaryWeeksSchema = z.array(DiaryWeekSummarySchema);
const DiaryDaysSchema = z.array(DiaryDayTotalSchema);
const ScreeningsSchema = z.array(SharedScreeningSchema);

export function sharedDataOf(row: ShareRow): SharedData {
  return {
    ...(row.diary_weeks === null ? {} : { diaryWeeks: DiaryWeeksSchema.parse(JSON.parse(row.diary_weeks)) }),
    ...(row.diary_days === null ? {} : { diaryDays: DiaryDaysSchema.parse(JSON.parse(row.diary_days)) }),
    ...(row.screenings === null ? {} : { screenings: ScreeningsSchema.parse(JSON.parse(row.screenings)) }),
  };
}

export function scopesOf(row: ShareRow): ('diary' | 'screening')[] {
  return [
    ...(row.diary_weeks === null && row.diary_days === null ? [] : ['diary' as const]),
    ...(row.screenings === null ? [] : ['screening' as const]),
  ];
}

export function shareSummaryOf(row: ShareRow) {
  return {
    id: row.id,
    label: row.label,
    linkedAt: row.created_at,
    updatedAt: row.updated_at,
    scopes: scopesOf(row),
  };
}
