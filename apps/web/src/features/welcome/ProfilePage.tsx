import type { ReactNode } from 'react';
import { navigate } from '../../app/navigation.js';
import { usePreferences } from '../../app/preferences.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { CameFromQuestion } from '../settings/CameFromQuestion.js';
import { ProfileFields } from './ProfileFields.js';

/** Optional profile before the quick test; explained, skippable, stored only on the device. */
export default function ProfilePage(): ReactNode {
  const { t } = useI18n();
  const { preferences, update } = usePreferences();
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <p>{t('profile.why')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          navigate('/test-rapide');
        }}
      >
        <ProfileFields profile={preferences.profile} onChange={(profile) => void update({ profile })} />
        <CameFromQuestion />
        <div className="stack">
          <button type="submit" className="button button-primary button-large">
            {t('profile.continue')}
          </button>
          <button
            type="button"
            className="button button-quiet button-block"
            onClick={() => navigate('/test-rapide')}
          >
            {t('profile.skip')}
          </button>
        </div>
      </form>
    </>
  );
}
