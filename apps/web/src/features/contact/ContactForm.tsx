import type { ContactAttachment, ContactRequestCreate } from '@oz/contracts';
import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AttachmentPreview } from './AttachmentPreview.js';
import { ContactReachFields } from './ContactReachFields.js';
import {
  EMPTY_FORM,
  FIELD_ORDER,
  FIRST_NAME_MAX,
  MESSAGE_MAX,
  SLOTS,
  validateContactForm,
  type ContactErrors,
  type ContactFormValues,
} from './model.js';
import { describedBy, errorMessage, FIELD_IDS, FieldError, SLOT_LABELS } from './fields.js';
import { PrivacyNotice } from './PrivacyNotice.js';

/**
 * The « Parler à un professionnel » form. Nothing is sent before the person presses "Envoyer"; the
 * attachment is computed on the device and only joined when its (unticked) box is ticked.
 */
export function ContactForm(props: {
  readonly attachment: ContactAttachment | null;
  readonly onSubmit: (request: ContactRequestCreate) => Promise<void> | void;
}): ReactNode {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<ContactFormValues>(EMPTY_FORM);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<ContactFormValues>): void => setValues((current) => ({ ...current, ...patch }));
  const listed = FIELD_ORDER.filter((field) => errors[field] !== undefined);

  return (
    <form
      noValidate
      aria-labelledby="contact-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        const result = validateContactForm(values, locale);
        if (!result.ok) {
          setErrors(result.errors);
          window.setTimeout(() => summary.current?.focus(), 0);
          return;
        }
        setErrors({});
        setSending(true);
        void Promise.resolve(props.onSubmit(result.request)).finally(() => setSending(false));
      }}
    >
      <h2 id="contact-form-title" className="visually-hidden">
        {t('contact.formTitle')}
      </h2>
      {listed.length > 0 ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={summary}>
          <p>
            <strong>{t('contact.errorSummary', { count: listed.length })}</strong>
          </p>
          <ul>
            {listed.map((field) => (
              <li key={field}>
                <a
                  href={`#${FIELD_IDS[field]}`}
                  onClick={(event) => {
                    // Jump straight into the field to correct (a fragment link would only scroll).
                    event.preventDefault();
                    document.getElementById(FIELD_IDS[field])?.focus();
                  }}
                >
                  {t(errorMessage(errors[field] ?? 'subjectMissing'))}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset aria-describedby={describedBy('subject', errors)}>
        <legend>{t('contact.subjectLegend')}</legend>
        <div className="choices">
          {(['self', 'entourage'] as const).map((subject) => (
            <label className="choice" key={subject}>
              <input
                type="radio"
                name="contact-subject"
                id={`contact-subject-${subject}`}
                checked={values.subject === subject}
                onChange={() => set({ subject })}
              />
              {t(subject === 'self' ? 'contact.subjectSelf' : 'contact.subjectEntourage')}
            </label>
          ))}
        </div>
        <FieldError field="subject" errors={errors} />
      </fieldset>

      <div className="field">
        <label htmlFor={FIELD_IDS.firstName}>{t('contact.firstName')}</label>
        <span className="field-hint" id="contact-first-name-hint">
          {t('contact.firstNameHint')}
        </span>
        <input
          id={FIELD_IDS.firstName}
          type="text"
          autoComplete="given-name"
          maxLength={FIRST_NAME_MAX + 20}
          aria-invalid={errors.firstName !== undefined}
          aria-describedby={describedBy('firstName', errors, 'contact-first-name-hint')}
          value={values.firstName}
          onChange={(event) => set({ firstName: event.target.value })}
        />
        <FieldError field="firstName" errors={errors} />
      </div>

      <ContactReachFields values={values} errors={errors} onChange={set} />

      <fieldset>
        <legend>{t('contact.slotsLegend')}</legend>
        <p className="field-hint">{t('contact.slotsHint')}</p>
        <div className="chips">
          {SLOTS.map((slot) => (
            <label className="chip" key={slot}>
              <input
                type="checkbox"
                checked={values.slots.includes(slot)}
                onChange={(event) =>
                  set({
                    slots: event.target.checked
                      ? [...values.slots, slot]
                      : values.slots.filter((s) => s !== slot),
                  })
                }
              />
              {t(SLOT_LABELS[slot])}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={FIELD_IDS.postalCode}>{t('contact.postalCode')}</label>
        <span className="field-hint" id="contact-postal-code-hint">
          {t('contact.postalCodeHint')}
        </span>
        <input
          id={FIELD_IDS.postalCode}
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          className="input-short"
          aria-invalid={errors.postalCode !== undefined}
          aria-describedby={describedBy('postalCode', errors, 'contact-postal-code-hint')}
          value={values.postalCode}
          onChange={(event) => set({ postalCode: event.target.value })}
        />
        <FieldError field="postalCode" errors={errors} />
      </div>

      <div className="field">
        <label htmlFor={FIELD_IDS.message}>{t('contact.message')}</label>
        <span className="field-hint" id="contact-message-hint">
          {t('contact.messageHint', { max: MESSAGE_MAX })}
        </span>
        <textarea
          id={FIELD_IDS.message}
          maxLength={MESSAGE_MAX}
          aria-invalid={errors.message !== undefined}
          aria-describedby={describedBy('message', errors, 'contact-message-hint')}
          value={values.message}
          onChange={(event) => set({ message: event.target.value })}
        />
        <FieldError field="message" errors={errors} />
      </div>

      <AttachmentPreview
        attachment={props.attachment}
        checked={values.consentToShare}
        onChange={(consentToShare) => set({ consentToShare })}
      />
      <PrivacyNotice />

      <button type="submit" className="button button-primary button-large" disabled={sending}>
        {t('contact.submit')}
      </button>
    </form>
  );
}
