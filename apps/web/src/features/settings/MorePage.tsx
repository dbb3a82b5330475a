import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { Icon } from '../../ui/icons.js';
import { PageTitle } from '../../ui/PageTitle.js';

const LINKS: readonly { to: string; label: MessageKey; hint: MessageKey }[] = [
  { to: '/gains', label: 'route.gains', hint: 'more.gainsHint' },
  { to: '/graphiques', label: 'route.charts', hint: 'more.chartsHint' },
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
      <ul className="list card" style={{ padding: '0 var(--space-3)' }}>
        {LINKS.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="list-button">
              <span>
                <strong>{t(link.label)}</strong>
                <span className="list-meta" style={{ display: 'block' }}>
                  {t(link.hint)}
                </span>
              </span>
              <Icon name="chevron" size={20} />
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
