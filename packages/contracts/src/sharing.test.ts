import { describe, expect, it } from 'vitest';
import { InvitationCodeSchema, SharedDataSchema } from './sharing.js';

describe('InvitationCodeSchema', () => {
  it('accepts a code as typed or read aloud: any case, spaces and dashes', () => {
    expect(InvitationCodeSchema.parse(' k7qm-2x9p ')).toBe('K7QM2X9P');
    expect(InvitationCodeSchema.parse('K7QM 2X9P')).toBe('K7QM2X9P');
  });

  it('refuses ambiguous characters and wrong lengths', () => {
    expect(InvitationCodeSchema.safeParse('K7QM2X9O').success).toBe(false);
    expect(InvitationCodeSchema.safeParse('K7QM2X9').success).toBe(false);
    expect(InvitationCodeSchema.safeParse('K7QM2X9PP').success).toBe(false);
  });
});

describe('SharedDataSchema', () => {
  it('keeps only the parts chosen', () => {
    expect(SharedDataSchema.parse({ diaryDays: [{ date: '2026-02-01', standardDrinks: 3 }] })).toEqual({
      diaryDays: [{ date: '2026-02-01', standardDrinks: 3 }],
    });
    expect(
      SharedDataSchema.safeParse({ diaryDays: [{ date: '01/02/2026', standardDrinks: 3 }] }).success,
    ).toBe(false);
  });
});
