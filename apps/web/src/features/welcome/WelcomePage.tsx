import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { navigate } from '../../app/navigation.js';
import { usePreferences } from '../../app/preferences.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PageTitle } from '../../ui/PageTitle.js';

/** First visit: what Oz is, where the data lives, and two doors (for me / for someone close). */
export default function WelcomePage(): ReactNode {
  const { t } = useI18n();
  const { update } = usePreferences();
  const finish = (to: string): void => {
    void update({ onboardingDone: true }).then((saved) => {
      if (saved) navigate(to);
    });
  };
  return (
    <>
      <div className="hero">
        <PageTitle>{t('welcome.title')}</PageTitle>
        <p>{t('welcome.intro')}</p>
      </div>
      <div className="notice notice-success">
        <p>
          <strong>{t('welcome.privacyTitle')}</strong>
        </p>
        <p className="small">{t('welcome.privacyBody')}</p>
      </div>
      <h2>{t('welcome.doorsTitle')}</h2>
      <Link
        to="/profil"
        className="card door"
        onClick={(event) => {
          // Choosing « Pour moi » ends the welcome: a person who leaves during the profile or the test comes
          // back to the diary, which offers to resume the quick test (never the welcome again).
          event.preventDefault();
          finish('/profil');
        }}
      >
        <strong>{t('welcome.doorMe')}</strong>
        <span className="muted">{t('welcome.doorMeHint')}</span>
      </Link>
      <Link
        to="/entourage"
        className="card door"
        onClick={(event) => {
          event.preventDefault();
          finish('/entourage');
        }}
      >
        <strong>{t('welcome.doorClose')}</strong>
        <span className="muted">{t('welcome.doorCloseHint')}</span>
      </Link>
      <button type="button" className="button button-quiet button-block" onClick={() => finish('/')}>
        {t('welcome.skip')}
      </button>
    </>
  );
}
