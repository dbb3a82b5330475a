import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Day and time of a drink: defaults to now, any past day can be chosen (back-dating). */
export function WhenFields(props: {
  readonly date: string;
  readonly time: string;
  readonly onDate: (value: string) => void;
  readonly onTime: (value: string) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <div className="row" style={{ alignItems: 'flex-start' }}>
      <div className="field" style={{ flex: '1 1 10rem' }}>
        <label htmlFor="entry-date">{t('add.date')}</label>
        <input
          id="entry-date"
          max={today()}
          type="date"
          value={props.date}
          required
          onChange={(e) => props.onDate(e.target.value)}
        />
      </div>
      <div className="field" style={{ flex: '1 1 7rem' }}>
        <label htmlFor="entry-time">{t('add.time')}</label>
        <input
          id="entry-time"
          type="time"
          value={props.time}
          required
          onChange={(e) => props.onTime(e.target.value)}
        />
      </div>
    </div>
  );
}
