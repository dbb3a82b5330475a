import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import type { RouteProps } from '../../app/routes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { getContactRequest } from '../../sync/local.js';
import { backgroundSyncSupported } from '../../sync/background.js';
import { pendingItems } from '../../sync/outbox.js';
import type { LocalContactRequest, OutboxItem } from '../../sync/types.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { SentRequestStatus } from './SentRequestStatus.js';
import { WithdrawButton } from './WithdrawButton.js';
import './contact.css';

interface Loaded {
  readonly record: LocalContactRequest | undefined;
  readonly item: OutboxItem | undefined;
}

async function load(localId: string): Promise<Loaded> {
  const [record, items] = await Promise.all([getContactRequest(localId), pendingItems()]);
  return { record, item: items.find((item) => item.ownerId === localId) };
}

function Queued({ item }: { readonly item: OutboxItem | undefined }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="notice" role="status">
      <p>
        <strong>{t('requests.queuedTitle')}</strong>
      </p>
      <p>{t('requests.queuedBody')}</p>
      <p className="small">
        {t(backgroundSyncSupported() ? 'requests.queuedBackground' : 'requests.queuedForeground')}
      </p>
      {item !== undefined && item.attempts > 0 ? (
        <p className="small">{t('requests.queuedRetrying')}</p>
      ) : null}
    </div>
  );
}

function Rejected({ item }: { readonly item: OutboxItem | undefined }): ReactNode {
  const { t } = useI18n();
  const rejected = item?.rejected ?? null;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('requests.rejectedTitle')}</strong>
      </p>
      <p>{t('requests.rejectedBody')}</p>
      {rejected === null ? null : <p className="small">{rejected.message}</p>}
      <p>
        <Link to="/parler-a-un-professionnel">{t('requests.rejectedAgain')}</Link>
      </p>
    </div>
  );
}

function Body({
  record,
  item,
}: {
  readonly record: LocalContactRequest;
  readonly item: OutboxItem | undefined;
}): ReactNode {
  const { t } = useI18n();
  if (record.state === 'withdrawn') {
    return (
      <p className="notice" role="status">
        {t('requests.withdrawPending')}
      </p>
    );
  }
  return (
    <>
      {record.state === 'queued' ? <Queued item={item} /> : null}
      {record.state === 'rejected' ? <Rejected item={item} /> : null}
      {record.state === 'sent' ? <SentRequestStatus record={record} /> : null}
      <WithdrawButton record={record} />
    </>
  );
}

/** Where the person's request stands: received, taken in charge, contacted… with the 48 h promise. */
export default function RequestStatusPage({ params }: RouteProps): ReactNode {
  const { t } = useI18n();
  const localId = params['id'] ?? '';
  const loaded = useStored(() => load(localId), `contact-request:${localId}`);
  return (
    <>
      <PageTitle>{t('requests.statusTitle')}</PageTitle>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : loaded.value.record === undefined ? (
        <p>
          {t('requests.missing')} <Link to="/mes-demandes">{t('requests.backToList')}</Link>
        </p>
      ) : (
        <Body record={loaded.value.record} item={loaded.value.item} />
      )}
      <p>
        <Link to="/mes-demandes">{t('requests.backToList')}</Link>
      </p>
    </>
  );
}
