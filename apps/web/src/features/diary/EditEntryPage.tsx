import { localize } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { goBack, navigate } from '../../app/navigation.js';
import type { RouteProps } from '../../app/routes.js';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { deleteEntry, getEntry, saveEntry } from '../../storage/repositories.js';
import type { DrinkEntryRecord } from '../../storage/types.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { changeEntry } from './model.js';
import { checkedWhen } from './when.js';
import { QuantityStepper } from './QuantityStepper.js';
import { WhenFields } from './WhenFields.js';
import { runWrite } from '../../app/useWrite.js';

function EditForm({ entry }: { readonly entry: DrinkEntryRecord }): ReactNode {
  const { t, locale, drinks } = useI18n();
  const toast = useToast();
  const [quantity, setQuantity] = useState(entry.quantity);
  const [date, setDate] = useState<string>(entry.date);
  const [time, setTime] = useState(entry.time);
  const [error, setError] = useState(false);
  const label = localize(entry.label, locale);
  const perServing = entry.standardDrinks / entry.quantity;

  const save = async (): Promise<void> => {
    const when = checkedWhen(date, time);
    if (when === undefined) {
      setError(true);
      return;
    }
    const saved = await runWrite(() => saveEntry(changeEntry(entry, { quantity, ...when })));
    if (!saved.ok) return;
    toast.show(t('edit.savedToast'), () => void runWrite(() => saveEntry(entry)));
    goBack('/');
  };

  const remove = async (): Promise<void> => {
    const deleted = await runWrite(() => deleteEntry(entry.id));
    if (!deleted.ok) return;
    // Undo instead of a confirmation dialog (design brief): the line comes back exactly as it was.
    toast.show(t('edit.deletedToast', { drink: label }), () => void runWrite(() => saveEntry(entry)));
    navigate(`/journal/jour/${entry.date}`, { replace: true });
  };

  return (
    <>
      <PageTitle>{t('edit.title')}</PageTitle>
      <p>
        <strong>{label}</strong>
      </p>
      <form
        className="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <QuantityStepper value={quantity} onChange={setQuantity} />
        <p aria-live="polite">
          {t('add.totalPreview', { amount: drinks(perServing * quantity), count: perServing * quantity })}
        </p>
        <WhenFields date={date} time={time} onDate={setDate} onTime={setTime} />
        {error ? (
          <p className="notice notice-error" role="alert">
            {t('add.errorWhen')}
          </p>
        ) : null}
        <div className="stack">
          <button type="submit" className="button button-primary button-large">
            {t('edit.save')}
          </button>
          <button type="button" className="button button-danger button-block" onClick={() => void remove()}>
            {t('edit.delete')}
          </button>
        </div>
      </form>
    </>
  );
}

/** Edit or delete (with undo) one diary line. */
export default function EditEntryPage({ params }: RouteProps): ReactNode {
  const { t } = useI18n();
  const id = params['id'] ?? '';
  const loaded = useStored(() => getEntry(id), `entry:${id}`);
  if (loaded.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (loaded.value === undefined) {
    return (
      <>
        <PageTitle>{t('edit.title')}</PageTitle>
        <p>{t('edit.gone')}</p>
      </>
    );
  }
  return <EditForm key={loaded.value.updatedAt} entry={loaded.value} />;
}
