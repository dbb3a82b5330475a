import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { Icon, Logo } from '../ui/icons.js';
import { BottomNav } from './BottomNav.js';
import { HelpStrip } from './HelpStrip.js';
import { Link } from './Link.js';
import { StorageNotice } from './StorageNotice.js';
import type { NavSection } from './routes.js';

export function Layout(props: {
  readonly section: NavSection;
  readonly immersive: boolean;
  readonly children: ReactNode;
}): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand" aria-label={t('shell.homeLink')}>
          <Logo />
          <span aria-hidden="true">Oz</span>
        </Link>
        <div className="header-actions">
          <Link to="/envie-de-boire" className="help-button craving-button">
            {t('shell.cravingButton')}
          </Link>
          <Link to="/aide" className="help-button">
            <Icon name="help" size={20} />
            {t('shell.helpButton')}
          </Link>
        </div>
      </header>
      <main id="main">
        <StorageNotice />
        {props.children}
      </main>
      <footer className="app-footer">
        <HelpStrip />
      </footer>
      {props.immersive ? null : <BottomNav section={props.section} />}
    </>
  );
}
