import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { useStored } from '../../storage/changes.js';
import { allContactRequests } from '../../sync/local.js';
import type { LocalContactRequest } from '../../sync/types.js';
import { LinkList, LinkListItem } from '../../ui/LinkList.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { STATUS_LABELS } from './statusLabels.js';
import { isContactStatus } from './tracking.js';
import './contact.css';

function stateLabel(record: LocalContactRequest): MessageKey {
  if (record.state === 'queued') return 'requests.state.queued';
  if (record.state === 'rejected') return 'requests.state.rejected';
  if (record.state === 'withdrawn') return 'requests.state.withdrawn';
  return isContactStatus(record.lastStatus) ? STATUS_LABELS[record.lastStatus] : 'requests.status.new';
}

/** Every request sent from this device, its last known status, and a way to send a new one. */
export default function RequestsPage(): ReactNode {
  const { t, dateTime } = useI18n();
  const loaded = useStored(allContactRequests, 'contact-requests');
  return (
    <>
      <PageTitle>{t('requests.title')}</PageTitle>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : loaded.value.length === 0 ? (
        <p>{t('requests.none')}</p>
      ) : (
        <LinkList>
          {loaded.value.map((record) => (
            <LinkListItem
              key={record.localId}
              to={`/mes-demandes/${record.localId}`}
              title={t(stateLabel(record))}
              detail={
                <>
                  {t(record.subject === 'self' ? 'requests.forSelf' : 'requests.forEntourage', {
                    name: record.firstName,
                  })}
                  {' · '}
                  {dateTime(new Date(record.server?.createdAt ?? record.queuedAt))}
                </>
              }
            />
          ))}
        </LinkList>
      )}
      <p>
        <Link to="/parler-a-un-professionnel" className="button button-primary">
          {t('requests.new')}
        </Link>
      </p>
    </>
  );
}
