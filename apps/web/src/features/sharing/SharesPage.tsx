import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allShares } from '../../sync/local.js';
import { LinkList, LinkListItem } from '../../ui/LinkList.js';
import { PageTitle } from '../../ui/PageTitle.js';

/** The professionals this device is linked with, and what each one sees. */
export default function SharesPage(): ReactNode {
  const { t, dateTime } = useI18n();
  const loaded = useStored(allShares, 'shares');
  return (
    <>
      <PageTitle>{t('share.listTitle')}</PageTitle>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : loaded.value.length === 0 ? (
        <p>{t('share.none')}</p>
      ) : (
        <LinkList>
          {loaded.value.map((share) => (
            <LinkListItem
              key={share.id}
              to={`/partage/${share.id}`}
              title={share.structure.name}
              detail={
                share.revokeRequestedAt !== null
                  ? t('share.stopping')
                  : share.scopes.length === 0
                    ? t('share.sharingNothing')
                    : share.lastUploadedAt === null
                      ? t('share.sharingSome', { count: share.scopes.length })
                      : `${t('share.sharingSome', { count: share.scopes.length })} — ${t(
                          'share.listLastSent',
                          {
                            date: dateTime(new Date(share.lastUploadedAt)),
                          },
                        )}`
              }
            />
          ))}
        </LinkList>
      )}
      <p>
        <Link to="/lien" className="button button-primary">
          {t('share.enterCode')}
        </Link>
      </p>
    </>
  );
}
