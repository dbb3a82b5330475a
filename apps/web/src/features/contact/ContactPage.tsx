import type { ContactRequestCreate } from '@oz/contracts';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { navigate } from '../../app/navigation.js';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allContactRequests } from '../../sync/local.js';
import { ALCOOL_INFO_SERVICE, EUROPEAN_EMERGENCY, SAMU, SUICIDE_PREVENTION } from '../../ui/helplines.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { ContactForm } from './ContactForm.js';
import { contactStatistics } from '../../stats/contact.js';
import { countUsageEvent } from '../../stats/usage.js';
import { buildAttachment, submitContactRequest } from './submit.js';
import './contact.css';

async function loadPage(): Promise<{
  attachment: Awaited<ReturnType<typeof buildAttachment>>;
  open: number;
}> {
  const [attachment, requests] = await Promise.all([buildAttachment(), allContactRequests()]);
  return { attachment, open: requests.filter((request) => request.state !== 'withdrawn').length };
}

/** A call back within 48 h is not for an emergency: what to do in one (issue 8). */
function NotAnEmergency(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="notice notice-caution" aria-labelledby="contact-emergency-title">
      <h2 id="contact-emergency-title">{t('contact.notEmergencyTitle')}</h2>
      <p>
        {t('contact.notEmergency')} <a href={SAMU.tel}>{SAMU.display}</a> {t('contact.or')}{' '}
        <a href={EUROPEAN_EMERGENCY.tel}>{EUROPEAN_EMERGENCY.display}</a>.
      </p>
      <p>
        {t('contact.suicide')} <a href={SUICIDE_PREVENTION.tel}>{SUICIDE_PREVENTION.display}</a>{' '}
        {t('contact.suicideHours')}
      </p>
      <p>
        {t('contact.aisNow')} <a href={ALCOOL_INFO_SERVICE.tel}>{ALCOOL_INFO_SERVICE.display}</a>{' '}
        {t('contact.aisHours')}
      </p>
    </section>
  );
}

/** « Parler à un professionnel »: a short form, sent once exactly through the offline outbox. */
export default function ContactPage(): ReactNode {
  const { t } = useI18n();
  const toast = useToast();
  const loaded = useStored(loadPage, 'contact-page');

  const send = async (request: ContactRequestCreate): Promise<void> => {
    const attachment = loaded.status === 'ready' ? loaded.value.attachment : null;
    try {
      // Issue 12: coarse facts for the impact table, only if the person agreed (Réglages), then one count.
      const statistics = await contactStatistics().catch(() => undefined);
      const record = await submitContactRequest(
        statistics === undefined ? request : { ...request, statistics },
        attachment,
      );
      void countUsageEvent({ metric: 'contact-request-sent', dimension: null });
      navigate(`/mes-demandes/${record.localId}`);
    } catch {
      toast.show(t('common.errorGeneric'));
    }
  };

  return (
    <>
      <PageTitle>{t('contact.title')}</PageTitle>
      <p>{t('contact.intro')}</p>
      <p className="small muted">{t('contact.free')}</p>
      <NotAnEmergency />
      {loaded.status === 'ready' && loaded.value.open > 0 ? (
        <p className="notice">
          <Link to="/mes-demandes">{t('contact.seeMyRequests', { count: loaded.value.open })}</Link>
        </p>
      ) : null}
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <ContactForm attachment={loaded.value.attachment} onSubmit={send} />
      )}
    </>
  );
}
