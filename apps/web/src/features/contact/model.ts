import type { ContactRequestCreate, ContactSlot, ContactSubject } from '@oz/contracts';

/**
 * The « Parler à un professionnel » form, checked on the device with the same rules as the server's
 * ContactRequestCreateSchema (packages/contracts/src/contact-requests.ts; a test keeps them aligned). The
 * rules are restated here so that the person's bundle never carries zod.
 */

export const SLOTS = [
  'morning',
  'lunch',
  'afternoon',
  'evening',
  'saturday',
] as const satisfies readonly ContactSlot[];

export const FIRST_NAME_MAX = 60;
export const MESSAGE_MAX = 1000;

export interface ContactFormValues {
  readonly subject: ContactSubject | null;
  readonly firstName: string;
  readonly phone: string;
  readonly email: string;
  readonly slots: readonly ContactSlot[];
  readonly postalCode: string;
  readonly message: string;
  /** Unticked by default (design brief: consent boxes are never pre-ticked). */
  readonly consentToShare: boolean;
}

export const EMPTY_FORM: ContactFormValues = {
  subject: null,
  firstName: '',
  phone: '',
  email: '',
  slots: [],
  postalCode: '',
  message: '',
  consentToShare: false,
};

export type ContactField = 'subject' | 'firstName' | 'reach' | 'phone' | 'email' | 'postalCode' | 'message';

export type ContactFieldError =
  | 'subjectMissing'
  | 'firstNameMissing'
  | 'firstNameTooLong'
  | 'reachMissing'
  | 'phoneInvalid'
  | 'emailInvalid'
  | 'postalCodeInvalid'
  | 'messageTooLong';

export type ContactErrors = Partial<Record<ContactField, ContactFieldError>>;

export type Validation =
  | { readonly ok: true; readonly request: ContactRequestCreate }
  | { readonly ok: false; readonly errors: ContactErrors };

const PHONE_CHARACTERS = /^\+?[0-9 .()-]+$/;
// Same shape as zod's z.email() (practical, not RFC 5322): one @, a dot in the domain, no spaces.
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const POSTAL_CODE = /^\d{5}$/;

export function isValidPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return value.length <= 30 && PHONE_CHARACTERS.test(value) && digits >= 8 && digits <= 15;
}

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

function fieldErrors(values: ContactFormValues, phone: string, email: string): ContactErrors {
  const errors: ContactErrors = {};
  const firstName = values.firstName.trim();
  if (values.subject === null) errors.subject = 'subjectMissing';
  if (firstName === '') errors.firstName = 'firstNameMissing';
  else if (firstName.length > FIRST_NAME_MAX) errors.firstName = 'firstNameTooLong';
  if (phone === '' && email === '') errors.reach = 'reachMissing';
  if (phone !== '' && !isValidPhone(phone)) errors.phone = 'phoneInvalid';
  if (email !== '' && !isValidEmail(email)) errors.email = 'emailInvalid';
  const postalCode = values.postalCode.trim();
  if (postalCode !== '' && !POSTAL_CODE.test(postalCode)) errors.postalCode = 'postalCodeInvalid';
  if (values.message.trim().length > MESSAGE_MAX) errors.message = 'messageTooLong';
  return errors;
}

/** Checks the form; on success returns the request body (without the attachment, added by the caller). */
export function validateContactForm(values: ContactFormValues, locale: 'fr' | 'en'): Validation {
  const phone = values.phone.trim();
  const email = values.email.trim();
  const errors = fieldErrors(values, phone, email);
  if (Object.keys(errors).length > 0 || values.subject === null) return { ok: false, errors };
  const postalCode = values.postalCode.trim();
  const message = values.message.trim();
  const request: ContactRequestCreate = {
    subject: values.subject,
    firstName: values.firstName.trim(),
    preferredSlots: SLOTS.filter((slot) => values.slots.includes(slot)),
    consentToShare: values.consentToShare,
    locale,
    ...(phone === '' ? {} : { phone }),
    ...(email === '' ? {} : { email }),
    ...(postalCode === '' ? {} : { postalCode }),
    ...(message === '' ? {} : { message }),
  };
  return { ok: true, request };
}

/** Order in which errors are listed and focused (the order of the form). */
export const FIELD_ORDER: readonly ContactField[] = [
  'subject',
  'firstName',
  'reach',
  'phone',
  'email',
  'postalCode',
  'message',
];
