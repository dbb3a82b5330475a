import { BADGE_FAMILIES, BADGE_LEVELS, type BadgeFamily, type EarnedBadge } from '@oz/core';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { nowIso } from '../../storage/ids.js';
import { markBadgesSeen } from '../../storage/wellbeing.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { useBadges, type BadgesState } from './loadBadges.js';
import { familyKey, nameKey, useBadgeText } from './messages.js';
import './badges.css';

function BadgeItem(props: { readonly badge: EarnedBadge; readonly isNew: boolean }): ReactNode {
  const b = useBadgeText();
  const { day } = useI18n();
  const { badge } = props;
  return (
    <li className="badge-item" data-testid={`badge-${badge.id}`}>
      <span className="badge-medal" aria-hidden="true">
        {badge.level}
      </span>
      <span>
        <strong>{b(nameKey(badge.family), { count: badge.count })}</strong>
        {badge.earnedOn === undefined ? null : (
          <span className="list-meta"> {b('earnedOn', { date: day(badge.earnedOn) })}</span>
        )}
        {props.isNew ? <span className="level-badge badge-new">{b('new')}</span> : null}
      </span>
    </li>
  );
}

function FamilyProgress(props: { readonly state: BadgesState; readonly family: BadgeFamily }): ReactNode {
  const b = useBadgeText();
  const progress = props.state.progress.find((item) => item.family === props.family);
  if (progress === undefined) return null;
  return (
    <li className="list-row">
      <span>{b(familyKey(props.family))}</span>
      <span className="list-meta">
        {progress.next === undefined
          ? b('allDone')
          : b('next', {
              name: b(nameKey(props.family), { count: progress.next }),
              count: progress.count,
              next: progress.next,
            })}
      </span>
    </li>
  );
}

function Badges(props: { readonly state: BadgesState }): ReactNode {
  const b = useBadgeText();
  // The badges new on arrival keep their « Nouveau » mark while the page is open, once marked as seen.
  const [arrivedNew] = useState(() => new Set(props.state.unseen.map((badge) => badge.id)));
  const unseenIds = props.state.unseen.map((badge) => badge.id).join(' ');
  useEffect(() => {
    if (unseenIds !== '') void markBadgesSeen(unseenIds.split(' '), nowIso());
  }, [unseenIds]);
  const { earned } = props.state;
  const families = BADGE_FAMILIES.filter((family) => earned.some((badge) => badge.family === family));
  return (
    <>
      {props.state.drinkFreeDaysHeld ? (
        <section className="notice notice-caution" aria-labelledby="badges-held-title">
          <h2 id="badges-held-title">{b('heldTitle')}</h2>
          <p>{b('heldBody')}</p>
          <Link to="/parler-a-un-professionnel">{b('heldLink')}</Link>
        </section>
      ) : null}
      <section className="card" aria-labelledby="badges-earned-title">
        <h2 id="badges-earned-title">{b('earnedTitle')}</h2>
        {earned.length === 0 ? <p>{b('none')}</p> : null}
        {families.map((family) => (
          <div key={family}>
            <h3>{b(familyKey(family))}</h3>
            <ul className="badge-list">
              {earned
                .filter((badge) => badge.family === family)
                .map((badge) => (
                  <BadgeItem key={badge.id} badge={badge} isNew={arrivedNew.has(badge.id)} />
                ))}
            </ul>
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="badges-next-title">
        <h2 id="badges-next-title">{b('nextTitle')}</h2>
        <ul className="list">
          {BADGE_FAMILIES.filter((family) => BADGE_LEVELS[family].length > 0).map((family) => (
            <FamilyProgress key={family} state={props.state} family={family} />
          ))}
        </ul>
      </section>
    </>
  );
}

/** « Mes badges »: what the person did, celebrated; recomputed from the diary each time. */
export default function BadgesPage(): ReactNode {
  const { t } = useI18n();
  const b = useBadgeText();
  const loaded = useBadges();
  return (
    <>
      <PageTitle>{t('route.badges')}</PageTitle>
      <p className="muted">{b('intro')}</p>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <Badges state={loaded.value} />
      )}
    </>
  );
}
