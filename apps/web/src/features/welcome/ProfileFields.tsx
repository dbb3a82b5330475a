import { AGE_BANDS } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import type { Profile, Sex } from '../../storage/types.js';

const SEXES: readonly { value: Sex; label: MessageKey }[] = [
  { value: 'female', label: 'profile.sex.female' },
  { value: 'male', label: 'profile.sex.male' },
  { value: 'unspecified', label: 'profile.sex.unspecified' },
];

/**
 * The fields show a choice at once, before the device has stored it: the saved profile arrives a moment later
 * through props and takes over again (React's "adjusting state when a prop changes" pattern).
 */
function useOptimisticProfile(
  saved: Profile,
  save: (profile: Profile) => void,
): { profile: Profile; onChange: (profile: Profile) => void } {
  const [profile, setProfile] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  if (lastSaved !== saved) {
    setLastSaved(saved);
    setProfile(saved);
  }
  return {
    profile,
    onChange: (next) => {
      setProfile(next);
      save(next);
    },
  };
}

/** Sex and age band, used only to pick the questionnaire thresholds (and suggest a CJC when young). */
export function ProfileFields(props: {
  readonly profile: Profile;
  readonly onChange: (profile: Profile) => void;
}): ReactNode {
  const { t } = useI18n();
  const { profile, onChange } = useOptimisticProfile(props.profile, props.onChange);
  return (
    <>
      <fieldset>
        <legend>{t('profile.sexLegend')}</legend>
        <p className="field-hint">{t('profile.sexHint')}</p>
        <div className="choices">
          {SEXES.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name="sex"
                value={option.value}
                checked={profile.sex === option.value}
                onChange={() => onChange({ ...profile, sex: option.value })}
              />
              {t(option.label)}
            </label>
          ))}
        </div>
      </fieldset>
      {profile.sex === 'male' ? null : (
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={profile.pregnant === true}
              aria-describedby="pregnant-hint"
              onChange={(event) => onChange({ ...profile, pregnant: event.target.checked })}
            />
            {t('profile.pregnant')}
          </label>
          <span className="field-hint" id="pregnant-hint">
            {t('profile.pregnantHint')}
          </span>
        </div>
      )}
      <div className="field">
        <label htmlFor="age-band">{t('profile.ageLegend')}</label>
        <span className="field-hint" id="age-band-hint">
          {t('profile.ageHint')}
        </span>
        <select
          id="age-band"
          aria-describedby="age-band-hint"
          value={profile.ageBand ?? ''}
          onChange={(event) => {
            const value = AGE_BANDS.find((band) => band === event.target.value) ?? null;
            onChange({ ...profile, ageBand: value });
          }}
        >
          <option value="">{t('profile.ageNone')}</option>
          {AGE_BANDS.map((band) => (
            <option key={band} value={band}>
              {t(`profile.age.${band}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
