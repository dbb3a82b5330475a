import type { ContactAttachment } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { SharedDataSummary } from './SharedDataSummary.js';

/**
 * The explicit, unticked-by-default consent to attach the latest screening result and the last 4 weeks of
 * the diary, with exactly what would be sent shown beside it.
 */
export function AttachmentPreview(props: {
  readonly attachment: ContactAttachment | null;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}): ReactNode {
  const { t } = useI18n();
  const { attachment } = props;
  if (attachment === null) {
    return <p className="small muted">{t('contact.attachNothing')}</p>;
  }
  return (
    <fieldset className="card">
      <legend className="visually-hidden">{t('contact.attachLegend')}</legend>
      <label className="consent" htmlFor="contact-consent">
        <input
          id="contact-consent"
          type="checkbox"
          checked={props.checked}
          aria-describedby="contact-consent-hint"
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <span>{t('contact.attachLabel')}</span>
      </label>
      <p className="field-hint" id="contact-consent-hint">
        {t('contact.attachHint')}
      </p>
      <details>
        <summary>{t('contact.attachPreview')}</summary>
        <SharedDataSummary
          screenings={attachment.screening === undefined ? [] : [attachment.screening]}
          weeks={attachment.diaryWeeks ?? []}
        />
      </details>
    </fieldset>
  );
}
