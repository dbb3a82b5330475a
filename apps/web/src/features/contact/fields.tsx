import type { ContactSlot } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import type { ContactErrors, ContactField, ContactFieldError } from './model.js';

/** Ids, labels and inline errors shared by the contact form's fields. */

const ERROR_MESSAGES: Readonly<Record<ContactFieldError, MessageKey>> = {
  subjectMissing: 'contact.error.subjectMissing',
  firstNameMissing: 'contact.error.firstNameMissing',
  firstNameTooLong: 'contact.error.firstNameTooLong',
  reachMissing: 'contact.error.reachMissing',
  phoneInvalid: 'contact.error.phoneInvalid',
  emailInvalid: 'contact.error.emailInvalid',
  postalCodeInvalid: 'contact.error.postalCodeInvalid',
  messageTooLong: 'contact.error.messageTooLong',
};

export const SLOT_LABELS: Readonly<Record<ContactSlot, MessageKey>> = {
  morning: 'contact.slot.morning',
  lunch: 'contact.slot.lunch',
  afternoon: 'contact.slot.afternoon',
  evening: 'contact.slot.evening',
  saturday: 'contact.slot.saturday',
};

export const FIELD_IDS: Readonly<Record<ContactField, string>> = {
  subject: 'contact-subject-self',
  firstName: 'contact-first-name',
  reach: 'contact-phone',
  phone: 'contact-phone',
  email: 'contact-email',
  postalCode: 'contact-postal-code',
  message: 'contact-message',
};

export function FieldError({
  field,
  errors,
}: {
  readonly field: ContactField;
  readonly errors: ContactErrors;
}): ReactNode {
  const { t } = useI18n();
  const error = errors[field];
  if (error === undefined) return null;
  return (
    <span className="field-error" id={`${FIELD_IDS[field]}-error-${field}`}>
      {t(errorMessage(error))}
    </span>
  );
}

export function describedBy(field: ContactField, errors: ContactErrors, hint?: string): string | undefined {
  const ids = [hint, errors[field] === undefined ? undefined : `${FIELD_IDS[field]}-error-${field}`].filter(
    (id): id is string => id !== undefined,
  );
  return ids.length === 0 ? undefined : ids.join(' ');
}

export function errorMessage(error: ContactFieldError): MessageKey {
  return ERROR_MESSAGES[error];
}
