import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { usePreferences } from '../../app/preferences.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { LOCALES } from '../../i18n/types.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { ReminderSettings } from '../reminders/ReminderSettings.js';
import { ProfileFields } from '../welcome/ProfileFields.js';
import { MyDrinks } from './MyDrinks.js';
import { StatisticsSettings } from './StatisticsSettings.js';

const LANGUAGE_NAMES = { fr: 'Français', en: 'English' } as const;

/** Language and profile; data management has its own page. */
export default function SettingsPage(): ReactNode {
  const { t } = useI18n();
  const { preferences, update } = usePreferences();
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t('settings.language')}</h2>
        <fieldset>
          <legend className="visually-hidden">{t('settings.language')}</legend>
          <div className="choices">
            {LOCALES.map((locale) => (
              <label key={locale} className="choice" lang={locale}>
                <input
                  type="radio"
                  name="language"
                  checked={preferences.locale === locale}
                  onChange={() => void update({ locale })}
                />
                {LANGUAGE_NAMES[locale]}
              </label>
            ))}
          </div>
        </fieldset>
      </section>
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('settings.profile')}</h2>
        <p className="small muted">{t('profile.why')}</p>
        <ProfileFields profile={preferences.profile} onChange={(profile) => void update({ profile })} />
      </section>
      <ReminderSettings />
      <MyDrinks />
      <StatisticsSettings />
      <section className="card">
        <Link to="/donnees" className="button button-block">
          {t('settings.dataLink')}
        </Link>
      </section>
    </>
  );
}
