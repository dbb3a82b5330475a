import type { SharedData } from '@oz/contracts';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import type { RouteProps } from '../../app/routes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { getShare, saveShare } from '../../sync/local.js';
import type { LocalShare } from '../../sync/types.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { SharedDataSummary } from '../contact/SharedDataSummary.js';
import { sharedData, uploadShare, type ShareScope } from './share.js';
import { StopSharing } from './StopSharing.js';
import '../contact/contact.css';

function useSharedPreview(scopes: readonly ShareScope[]): SharedData | null {
  const [data, setData] = useState<SharedData | null>(null);
  const key = scopes.join(',');
  useEffect(() => {
    let live = true;
    void sharedData(key === '' ? [] : (key.split(',') as ShareScope[])).then((value) => {
      if (live) setData(value);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return data;
}

function ScopeChoice(props: {
  readonly scope: ShareScope;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}): ReactNode {
  const { t } = useI18n();
  const id = `share-scope-${props.scope}`;
  return (
    <label className="consent" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>
        {t(props.scope === 'diary' ? 'share.scopeDiary' : 'share.scopeScreening')}
        <span className="field-hint" style={{ display: 'block' }}>
          {t(props.scope === 'diary' ? 'share.scopeDiaryHint' : 'share.scopeScreeningHint')}
        </span>
      </span>
    </label>
  );
}

function ShareEditor({ share }: { readonly share: LocalShare }): ReactNode {
  const { t, dateTime } = useI18n();
  const [scopes, setScopes] = useState<readonly ShareScope[]>(share.scopes);
  const preview = useSharedPreview(scopes);
  const toggle = (scope: ShareScope, on: boolean): void =>
    setScopes((current) =>
      on ? [...current.filter((s) => s !== scope), scope] : current.filter((s) => s !== scope),
    );

  if (share.revokeRequestedAt !== null) {
    return (
      <p className="notice" role="status">
        {t('share.stoppingBody')}
      </p>
    );
  }
  return (
    <>
      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
          void uploadShare(share, scopes);
        }}
      >
        <fieldset>
          <legend>{t('share.chooseLegend')}</legend>
          <ScopeChoice
            scope="diary"
            checked={scopes.includes('diary')}
            onChange={(on) => toggle('diary', on)}
          />
          <ScopeChoice
            scope="screening"
            checked={scopes.includes('screening')}
            onChange={(on) => toggle('screening', on)}
          />
        </fieldset>
        <label className="consent" htmlFor="share-auto-refresh">
          <input
            id="share-auto-refresh"
            type="checkbox"
            checked={share.autoRefresh !== false}
            aria-describedby="share-auto-refresh-hint"
            onChange={(event) => void saveShare({ ...share, autoRefresh: event.target.checked })}
          />
          <span>
            {t('share.autoRefresh')}
            <span className="field-hint" id="share-auto-refresh-hint" style={{ display: 'block' }}>
              {t('share.autoRefreshHint')}
            </span>
          </span>
        </label>
        <h2 className="h3">{t('share.whatIsShared', { name: share.structure.name })}</h2>
        {scopes.length === 0 ? (
          <p className="small">{t('share.nothingChosen')}</p>
        ) : preview === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <SharedDataSummary screenings={preview.screenings ?? []} weeks={preview.diaryWeeks ?? []} />
        )}
        <p className="small muted" role="status">
          {share.lastUploadedAt === null
            ? t('share.neverSent')
            : t('share.lastSent', { date: dateTime(new Date(share.lastUploadedAt)) })}
        </p>
        <button type="submit" className="button button-primary button-block">
          {t('share.send')}
        </button>
      </form>
      <StopSharing share={share} />
    </>
  );
}

/** One link: choose what to share, see exactly what is shared, stop at any time. */
export default function SharePage({ params }: RouteProps): ReactNode {
  const { t } = useI18n();
  const id = params['id'] ?? '';
  const loaded = useStored(() => getShare(id), `share:${id}`);
  return (
    <>
      <PageTitle>
        {loaded.status === 'ready' && loaded.value !== undefined
          ? t('share.withTitle', { name: loaded.value.structure.name })
          : t('share.listTitle')}
      </PageTitle>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : loaded.value === undefined ? (
        <p>{t('share.missing')}</p>
      ) : (
        <>
          <p className="small muted">{t('share.privacy')}</p>
          <ShareEditor key={loaded.value.id} share={loaded.value} />
        </>
      )}
      <p>
        <Link to="/partage">{t('share.myLinks')}</Link>
      </p>
    </>
  );
}
