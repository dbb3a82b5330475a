import { localize } from '@oz/core';
import type { ReactNode } from 'react';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allCustomDrinks, deleteCustomDrink, saveCustomDrink } from '../../storage/repositories.js';
import { runWrite } from '../../app/useWrite.js';

/** "Mes boissons": remove a custom drink (undo available). Past entries keep their own copy of it. */
export function MyDrinks(): ReactNode {
  const { t, locale, drinks } = useI18n();
  const toast = useToast();
  const loaded = useStored(allCustomDrinks, 'custom-drinks');
  if (loaded.status === 'loading') return null;
  return (
    <section className="card" aria-labelledby="my-drinks-title">
      <h2 id="my-drinks-title">{t('add.myDrinks')}</h2>
      {loaded.value.length === 0 ? (
        <p className="muted">{t('settings.noCustomDrink')}</p>
      ) : (
        <ul className="list">
          {loaded.value.map((drink) => {
            const name = localize(drink.label, locale);
            return (
              <li key={drink.id} className="list-row">
                <span>
                  {name}
                  <span className="list-meta list-meta-line">
                    {t('diary.standardDrinksValue', {
                      value: drinks(drink.standardDrinks),
                      count: drink.standardDrinks,
                    })}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={t('settings.deleteCustomDrink', { name })}
                  onClick={() => {
                    void runWrite(() => deleteCustomDrink(drink.id)).then((deleted) => {
                      if (!deleted.ok) return;
                      toast.show(
                        t('settings.customDrinkDeleted', { name }),
                        () => void runWrite(() => saveCustomDrink(drink)),
                      );
                    });
                  }}
                >
                  {t('common.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p className="small muted">{t('settings.customDrinkHistory')}</p>
    </section>
  );
}
