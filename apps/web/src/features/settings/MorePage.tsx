import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { LinkList, LinkListItem } from '../../ui/LinkList.js';
import { PageTitle } from '../../ui/PageTitle.js';

const LINKS: readonly { to: string; label: MessageKey; hint: MessageKey }[] = [
  { to: '/programmes', label: 'route.programmes', hint: 'more.programmesHint' },
  { to: '/envie-de-boire', label: 'route.craving', hint: 'more.cravingHint' },
  { to: '/motivations', label: 'route.motivation', hint: 'more.motivationHint' },
  { to: '/articles', label: 'route.articles', hint: 'more.articlesHint' },
  { to: '/bien-etre', label: 'route.wellbeing', hint: 'more.wellbeingHint' },
  { to: '/badges', label: 'route.badges', hint: 'more.badgesHint' },
  { to: '/reduire-les-risques', label: 'route.harmReduction', hint: 'more.harmReductionHint' },
  { to: '/gains', label: 'route.gains', hint: 'more.gainsHint' },
  { to: '/graphiques', label: 'route.charts', hint: 'more.chartsHint' },
  { to: '/rapport', label: 'route.report', hint: 'more.reportHint' },
  { to: '/aide', label: 'route.help', hint: 'more.helpHint' },
  { to: '/parler-a-un-professionnel', label: 'route.contact', hint: 'contact.moreHint' },
  { to: '/partage', label: 'route.shares', hint: 'share.moreHint' },
  { to: '/entourage', label: 'route.entourage', hint: 'more.entourageHint' },
  { to: '/reglages', label: 'route.settings', hint: 'more.settingsHint' },
  { to: '/donnees', label: 'route.data', hint: 'more.dataHint' },
  { to: '/confidentialite', label: 'route.privacy', hint: 'more.privacyHint' },
  { to: '/sources', label: 'route.sources', hint: 'more.sourcesHint' },
];

/** Everything that is not in the bottom bar. */
export default function MorePage(): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('route.more')}</PageTitle>
      <LinkList>
        {LINKS.map((link) => (
          <LinkListItem key={link.to} to={link.to} title={t(link.label)} detail={t(link.hint)} />
        ))}
      </LinkList>
    </>
  );
}
