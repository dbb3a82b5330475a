import { describe, expect, it } from 'vitest';
import { ContactRequestCreateSchema, IdempotencyKeySchema } from './contact-requests.js';
import type { ContactRequestCreate } from './contact-requests.js';

function aContactRequest(overrides: Partial<ContactRequestCreate> = {}): ContactRequestCreate {
  return { subject: 'self', firstName: 'Camille', phone: '06 12 34 56 78', ...overrides };
}

function firstIssuePath(input: unknown): string | undefined {
  const result = ContactRequestCreateSchema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.path.join('.');
}

describe('ContactRequestCreateSchema', () => {
  it('accepts a phone-only request and fills defaults', () => {
    const parsed = ContactRequestCreateSchema.parse(aContactRequest());
    expect(parsed).toMatchObject({ preferredSlots: [], consentToShare: false, locale: 'fr' });
  });

  it('needs a phone or an e-mail', () => {
    expect(firstIssuePath(aContactRequest({ phone: undefined }))).toBe('phone');
    expect(firstIssuePath({ subject: 'self', firstName: 'A', email: 'a@example.org' })).toBeUndefined();
  });

  it('refuses an attachment without consent', () => {
    const attachment = {
      screening: { instrument: 'audit-c' as const, score: 6, level: 'misuse', takenOn: '2026-03-01' },
    };
    expect(firstIssuePath(aContactRequest({ attachment }))).toBe('attachment');
    expect(firstIssuePath(aContactRequest({ attachment, consentToShare: true }))).toBeUndefined();
  });

  it('refuses more than 4 diary weeks and malformed fields', () => {
    const week = {
      weekStart: '2026-02-02',
      standardDrinks: 12,
      drinkingDays: 3,
      heaviestDayStandardDrinks: 5,
      daysLogged: 7,
    };
    const attachment = { diaryWeeks: [week, week, week, week, week] };
    expect(firstIssuePath(aContactRequest({ attachment, consentToShare: true }))).toBe(
      'attachment.diaryWeeks',
    );
    expect(firstIssuePath(aContactRequest({ phone: 'call me' }))).toBe('phone');
    expect(firstIssuePath(aContactRequest({ postalCode: '7501' }))).toBe('postalCode');
    expect(firstIssuePath(aContactRequest({ firstName: ' ' }))).toBe('firstName');
  });

  it('takes idempotency keys that are long random tokens only', () => {
    expect(IdempotencyKeySchema.safeParse('3f1c1f0e-2b1c-4f7a-9a43-7c1b2d9e8f00').success).toBe(true);
    expect(IdempotencyKeySchema.safeParse('1').success).toBe(false);
  });
});
