import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/fr.js';
import { Icon, type IconName } from '../ui/icons.js';
import { Link } from './Link.js';
import type { NavSection } from './routes.js';

const ITEMS: readonly { section: NavSection; to: string; label: MessageKey; icon: IconName }[] = [
  { section: 'diary', to: '/', label: 'nav.diary', icon: 'diary' },
  { section: 'calendar', to: '/calendrier', label: 'nav.calendar', icon: 'calendar' },
  { section: 'goals', to: '/objectifs', label: 'nav.goals', icon: 'goals' },
  { section: 'evaluate', to: '/evaluer', label: 'nav.evaluate', icon: 'evaluate' },
  { section: 'more', to: '/plus', label: 'nav.more', icon: 'more' },
];

export function BottomNav({ section }: { readonly section: NavSection }): ReactNode {
  const { t } = useI18n();
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={item.section === section ? 'page' : undefined}>
              <Icon name={item.icon} />
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
