import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { describedBy, FIELD_IDS, FieldError } from './fields.js';
import type { ContactErrors, ContactFormValues } from './model.js';

/** "How to reach you": a phone number and/or an e-mail address, at least one. */
export function ContactReachFields(props: {
  readonly values: ContactFormValues;
  readonly errors: ContactErrors;
  readonly onChange: (patch: Partial<ContactFormValues>) => void;
}): ReactNode {
  const { t } = useI18n();
  const { values, errors, onChange } = props;
  return (
    <fieldset aria-describedby="contact-reach-hint">
      <legend>{t('contact.reachLegend')}</legend>
      <p className="field-hint" id="contact-reach-hint">
        {t('contact.reachHint')}
      </p>
      <FieldError field="reach" errors={errors} />
      <div className="field">
        <label htmlFor={FIELD_IDS.phone}>{t('contact.phone')}</label>
        <input
          id={FIELD_IDS.phone}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          aria-invalid={errors.phone !== undefined || errors.reach !== undefined}
          aria-describedby={describedBy('phone', errors) ?? describedBy('reach', errors)}
          value={values.phone}
          onChange={(event) => onChange({ phone: event.target.value })}
        />
        <FieldError field="phone" errors={errors} />
      </div>
      <div className="field">
        <label htmlFor={FIELD_IDS.email}>{t('contact.email')}</label>
        <input
          id={FIELD_IDS.email}
          type="email"
          autoComplete="email"
          aria-invalid={errors.email !== undefined}
          aria-describedby={describedBy('email', errors)}
          value={values.email}
          onChange={(event) => onChange({ email: event.target.value })}
        />
        <FieldError field="email" errors={errors} />
      </div>
    </fieldset>
  );
}
