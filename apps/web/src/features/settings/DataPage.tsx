import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { nowIso } from '../../storage/ids.js';
import { allEntries } from '../../storage/repositories.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { buildBackup } from './data/backupFile.js';
import { diaryCsv, download } from './data/csvExport.js';
import { ImportSection } from './data/ImportSection.js';
import { DeleteAll } from './DeleteAll.js';
import { runWrite } from '../../app/useWrite.js';

/** Settings and data: export (JSON backup, CSV diary), import (backup, Oz Ensemble), delete all. */
export default function DataPage(): ReactNode {
  const { t, locale } = useI18n();
  const stamp = today();
  return (
    <>
      <PageTitle>{t('data.title')}</PageTitle>
      <p>
        {t('data.intro')} <Link to="/confidentialite">{t('data.privacyLink')}</Link>
      </p>
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('data.exportTitle')}</h2>
        <p className="small muted">{t('data.exportHint')}</p>
        <div className="stack">
          <button
            type="button"
            className="button button-block"
            onClick={() => {
              void runWrite(() => buildBackup(nowIso())).then((backup) => {
                if (backup.ok) {
                  download(
                    `oz-sauvegarde-${stamp}.json`,
                    JSON.stringify(backup.value, null, 2),
                    'application/json',
                  );
                }
              });
            }}
          >
            {t('data.exportBackup')}
          </button>
          <button
            type="button"
            className="button button-block"
            onClick={() => {
              void runWrite(allEntries).then((entries) => {
                if (entries.ok)
                  download(`oz-journal-${stamp}.csv`, diaryCsv(entries.value, locale), 'text/csv');
              });
            }}
          >
            {t('data.exportCsv')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">{t('data.importTitle')}</h2>
        <p className="small muted">{t('data.importHint')}</p>
        <ImportSection kind="backup" />
      </section>
      <section className="card" aria-labelledby="oze-title">
        <h2 id="oze-title">{t('data.ozeTitle')}</h2>
        <p className="small muted">{t('data.ozeHint')}</p>
        <ImportSection kind="oz-ensemble" />
      </section>
      <section className="card" aria-labelledby="delete-title">
        <h2 id="delete-title">{t('data.deleteTitle')}</h2>
        <p className="small muted">{t('data.deleteHint')}</p>
        <DeleteAll />
      </section>
    </>
  );
}
