import { CONTACT_SLOTS, ContactRequestCreateSchema } from '@oz/contracts';
import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, SLOTS, validateContactForm, type ContactFormValues } from './model.js';

const aForm = (overrides: Partial<ContactFormValues> = {}): ContactFormValues => ({
  ...EMPTY_FORM,
  subject: 'self',
  firstName: 'Camille',
  phone: '06 12 34 56 78',
  ...overrides,
});

describe('validateContactForm', () => {
  it('accepts a minimal request and builds a body the server schema accepts', () => {
    const result = validateContactForm(aForm({ slots: ['evening', 'morning'] }), 'fr');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request).toEqual({
      subject: 'self',
      firstName: 'Camille',
      phone: '06 12 34 56 78',
      preferredSlots: ['morning', 'evening'],
      consentToShare: false,
      locale: 'fr',
    });
    expect(ContactRequestCreateSchema.safeParse(result.request).success).toBe(true);
  });

  it('asks for the subject, a first name and at least one way to reach the person', () => {
    const result = validateContactForm({ ...EMPTY_FORM, firstName: '   ' }, 'fr');
    expect(result).toEqual({
      ok: false,
      errors: { subject: 'subjectMissing', firstName: 'firstNameMissing', reach: 'reachMissing' },
    });
  });

  it('accepts an e-mail alone, and refuses malformed phone, e-mail and postal code', () => {
    expect(validateContactForm(aForm({ phone: '', email: 'camille@example.fr' }), 'en').ok).toBe(true);
    const result = validateContactForm(
      aForm({ phone: '06 12', email: 'camille@', postalCode: '7501' }),
      'fr',
    );
    expect(result).toEqual({
      ok: false,
      errors: { phone: 'phoneInvalid', email: 'emailInvalid', postalCode: 'postalCodeInvalid' },
    });
  });

  it('refuses a message over 1000 characters and a first name over 60', () => {
    const result = validateContactForm(aForm({ message: 'a'.repeat(1001), firstName: 'b'.repeat(61) }), 'fr');
    expect(result).toEqual({
      ok: false,
      errors: { message: 'messageTooLong', firstName: 'firstNameTooLong' },
    });
  });

  it('agrees with the server schema on phone numbers and e-mails', () => {
    const samples = [
      '+33 6 12 34 56 78',
      '01.23.45.67.89',
      '(01) 23-45-67-89',
      '12345',
      'abc',
      '0612345678901234567',
    ];
    for (const phone of samples) {
      const local = validateContactForm(aForm({ phone }), 'fr').ok;
      const server = ContactRequestCreateSchema.safeParse({ subject: 'self', firstName: 'C', phone }).success;
      expect({ phone, local }).toEqual({ phone, local: server });
    }
    const emails = ['a@b.fr', 'a.b+c@d-e.org', 'a@b', 'a b@c.fr', '@c.fr'];
    for (const email of emails) {
      const local = validateContactForm(aForm({ phone: '', email }), 'fr').ok;
      const server = ContactRequestCreateSchema.safeParse({ subject: 'self', firstName: 'C', email }).success;
      expect({ email, local }).toEqual({ email, local: server });
    }
  });

  it('offers exactly the slots of the contract', () => {
    expect([...SLOTS]).toEqual([...CONTACT_SLOTS]);
  });
});
