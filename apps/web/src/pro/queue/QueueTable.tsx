import type { QueueItem } from '@oz/contracts';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { STATUS_NAMES } from '../request/statusNames.js';
import { ProTable } from '../shell/ProTable.js';
import { DeadlineCell } from './DeadlineCell.js';
import { deadlineText } from './timeLeftText.js';

/** The queue: one row per request, most urgent first; the next action is one click (or one key). */
export function QueueTable(props: {
  readonly requests: readonly QueueItem[];
  /** Milliseconds since the server computed the requests' deadline flags. */
  readonly elapsedMs: number;
  readonly selected: number;
  readonly onTake: (item: QueueItem) => void;
}): ReactNode {
  const i18n = useProI18n();
  const { t, dateTime } = i18n;
  return (
    <ProTable
      caption={t('queue.caption')}
      columns={[
        t('queue.col.deadline'),
        t('queue.col.person'),
        t('queue.col.status'),
        t('queue.col.received'),
        t('queue.col.postalCode'),
        t('queue.col.assignee'),
        t('queue.col.attachment'),
        t('queue.col.action'),
      ]}
    >
      {props.requests.map((item, index) => {
        const deadline = deadlineText(i18n, item, props.elapsedMs);
        const name = item.firstName ?? t('queue.erased');
        return (
          <tr key={item.id} data-urgency={deadline.urgency} data-selected={index === props.selected}>
            <td>
              <DeadlineCell urgency={deadline.urgency} text={deadline.text} />
            </td>
            <th scope="row">
              <Link to={`/pro/demandes/${item.id}`} data-queue-row={index}>
                {name}
              </Link>
              <span className="small muted">
                {' · '}
                {t(item.subject === 'self' ? 'subject.self' : 'subject.entourage')}
              </span>
              {item.referredFrom === null ? null : <span className="small"> · {t('queue.referred')}</span>}
            </th>
            <td>{t(STATUS_NAMES[item.status])}</td>
            <td>{dateTime(item.createdAt)}</td>
            <td>{item.postalCode ?? '—'}</td>
            <td>{item.assignedTo?.displayName ?? <span className="muted">{t('queue.unassigned')}</span>}</td>
            <td>{item.hasAttachment ? t('queue.attachmentYes') : t('queue.attachmentNo')}</td>
            <td>
              {item.assignedTo === null && item.status === 'new' ? (
                <button type="button" className="button button-small" onClick={() => props.onTake(item)}>
                  {t('queue.take')} <span className="visually-hidden">{name}</span>
                </button>
              ) : (
                <Link to={`/pro/demandes/${item.id}`} className="button button-small">
                  {t('queue.open')} <span className="visually-hidden">{name}</span>
                </Link>
              )}
            </td>
          </tr>
        );
      })}
    </ProTable>
  );
}
