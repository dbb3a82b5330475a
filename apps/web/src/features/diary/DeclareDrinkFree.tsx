import type { DayRecord, IsoDate } from '@oz/core';
import type { ReactNode } from 'react';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { getDay, saveDay } from '../../storage/repositories.js';
import { nowIso } from '../../storage/ids.js';
import { emptyDayLog } from './model.js';
import { runWrite } from '../../app/useWrite.js';

/** "Aujourd'hui je n'ai pas bu": one tap, with undo. Shown when the day has no drink logged. */
export function DeclareDrinkFree(props: {
  readonly date: IsoDate;
  readonly record: DayRecord | undefined;
}): ReactNode {
  const { t } = useI18n();
  const toast = useToast();
  const declared = props.record?.declaredDrinkFree === true;

  const setDrinkFree = async (drinkFree: boolean): Promise<void> => {
    const current = (await getDay(props.date)) ?? emptyDayLog(props.date);
    await saveDay({ ...current, drinkFree, updatedAt: nowIso() });
  };

  if (declared) {
    return (
      <p className="notice notice-success" data-testid="drink-free-declared">
        <span aria-hidden="true">✓ </span>
        {t('diary.declaredFree')}
      </p>
    );
  }
  return (
    <button
      type="button"
      className="button button-block"
      onClick={() => {
        void runWrite(() => setDrinkFree(true)).then((saved) => {
          if (saved.ok)
            toast.show(t('diary.declaredFreeToast'), () => void runWrite(() => setDrinkFree(false)));
        });
      }}
    >
      {t('diary.declareFree')}
    </button>
  );
}
