import { createCustomDrink, InvalidDrinkError, InvalidQuantityError, type Drink } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { newId, nowIso } from '../../storage/ids.js';
import { saveCustomDrink } from '../../storage/repositories.js';
import { DecimalField, parseDecimal } from '../../ui/DecimalField.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { TextField } from '../../ui/TextField.js';
import { runWrite } from '../../app/useWrite.js';

function errorKey(error: unknown): MessageKey {
  if (error instanceof InvalidDrinkError)
    return error.code === 'name-too-long' ? 'custom.errorNameLong' : 'custom.errorName';
  if (error instanceof InvalidQuantityError) {
    if (error.field === 'volumeMl') return 'custom.errorVolume';
    if (error.field === 'abvPercent') return 'custom.errorAbv';
    if (error.field === 'priceEuros') return 'custom.errorPrice';
  }
  return 'common.errorGeneric';
}

/** A custom drink (name, volume in cl or ml, ABV, optional price), saved to "Mes boissons" for reuse. */
export function CustomDrinkForm(props: {
  readonly onCancel: () => void;
  readonly onSaved: (drink: Drink) => void;
}): ReactNode {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [volume, setVolume] = useState('');
  const [unit, setUnit] = useState<'cl' | 'ml'>('cl');
  const [abv, setAbv] = useState('');
  const [price, setPrice] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);

  const save = async (): Promise<void> => {
    try {
      const volumeValue = parseDecimal(volume) ?? Number.NaN;
      const priceValue = parseDecimal(price);
      const drink = createCustomDrink({
        id: `custom:${newId()}`,
        name,
        volumeMl: unit === 'cl' ? volumeValue * 10 : volumeValue,
        abvPercent: parseDecimal(abv) ?? Number.NaN,
        ...(priceValue === undefined ? {} : { priceEuros: priceValue }),
      });
      const saved = await runWrite(() => saveCustomDrink({ ...drink, createdAt: nowIso() }));
      if (saved.ok) props.onSaved(drink);
    } catch (caught) {
      setError(errorKey(caught));
    }
  };

  return (
    <>
      <PageTitle>{t('custom.title')}</PageTitle>
      <form
        className="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          id="custom-name"
          label={t('custom.name')}
          maxLength={60}
          required
          value={name}
          onChange={setName}
        />
        <div className="row" style={{ alignItems: 'flex-end' }}>
          <div className="field" style={{ flex: '2 1 8rem' }}>
            <label htmlFor="custom-volume">{t('custom.volume')}</label>
            <input
              id="custom-volume"
              type="text"
              inputMode="decimal"
              value={volume}
              required
              onChange={(e) => setVolume(e.target.value)}
            />
          </div>
          <div className="field" style={{ flex: '1 1 5rem' }}>
            <label htmlFor="custom-unit">{t('custom.unit')}</label>
            <select
              id="custom-unit"
              value={unit}
              onChange={(e) => setUnit(e.target.value === 'ml' ? 'ml' : 'cl')}
            >
              <option value="cl">cl</option>
              <option value="ml">ml</option>
            </select>
          </div>
        </div>
        <DecimalField
          id="custom-abv"
          label={t('custom.abv')}
          hint={t('custom.abvHint')}
          required
          value={abv}
          onChange={setAbv}
        />
        <DecimalField id="custom-price" label={t('custom.price')} value={price} onChange={setPrice} />
        {error === null ? null : (
          <p className="notice notice-error" role="alert">
            {t(error)}
          </p>
        )}
        <div className="stack">
          <button type="submit" className="button button-primary button-large">
            {t('custom.save')}
          </button>
          <button type="button" className="button button-quiet button-block" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
