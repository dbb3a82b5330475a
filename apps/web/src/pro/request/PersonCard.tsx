import type { RequestDetail } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { SharedDataView } from '../people/SharedDataView.js';

const SLOT_NAMES: Readonly<Record<RequestDetail['preferredSlots'][number], ProMessageKey>> = {
  morning: 'slot.morning',
  lunch: 'slot.lunch',
  afternoon: 'slot.afternoon',
  evening: 'slot.evening',
  saturday: 'slot.saturday',
};

/** Who asked and how to reach them; the attachment only when the person consented. */
export function PersonCard({ request }: { readonly request: RequestDetail }): ReactNode {
  const { t, dateTime } = useProI18n();
  const slots = request.preferredSlots.map((slot) => t(SLOT_NAMES[slot])).join(', ');
  return (
    <section className="card" aria-labelledby="person-title">
      <h2 id="person-title">{t('request.person')}</h2>
      <dl className="pro-facts">
        <dt>{t('request.subject')}</dt>
        <dd>{t(request.subject === 'self' ? 'subject.self' : 'subject.entourage')}</dd>
        <dt>{t('request.phone')}</dt>
        <dd>
          {request.phone === null ? (
            '—'
          ) : (
            <a href={`tel:${request.phone.replace(/[^\d+]/g, '')}`}>{request.phone}</a>
          )}
        </dd>
        <dt>{t('request.email')}</dt>
        <dd>{request.email === null ? '—' : <a href={`mailto:${request.email}`}>{request.email}</a>}</dd>
        <dt>{t('request.slots')}</dt>
        <dd>{slots === '' ? t('request.noSlots') : slots}</dd>
        <dt>{t('request.postalCode')}</dt>
        <dd>{request.postalCode ?? '—'}</dd>
        <dt>{t('request.received')}</dt>
        <dd>{dateTime(request.createdAt)}</dd>
        <dt>{t('request.due')}</dt>
        <dd>{dateTime(request.dueAt)}</dd>
      </dl>
      <h3>{t('request.message')}</h3>
      <p className="pro-message">{request.message ?? t('request.noMessage')}</p>
      <h3>{t('request.attachment')}</h3>
      {request.attachment === null ? (
        <p className="muted">
          {request.consentToShare ? t('request.attachmentEmpty') : t('request.noConsent')}
        </p>
      ) : (
        <SharedDataView
          data={{
            ...(request.attachment.diaryWeeks === undefined
              ? {}
              : { diaryWeeks: request.attachment.diaryWeeks }),
            ...(request.attachment.screening === undefined
              ? {}
              : { screenings: [request.attachment.screening] }),
          }}
        />
      )}
      {request.purgeAt === null ? null : (
        <p className="small muted">{t('request.purgeAt', { date: dateTime(request.purgeAt) })}</p>
      )}
    </section>
  );
}
