import { PUBLICS, type Public, type StructureProfile } from '@oz/contracts';
import { useState, type ReactNode } from 'react';
import { api } from '../api.js';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { useSession } from '../shell/session.js';
import { useApi } from '../shell/useApi.js';

const PUBLIC_NAMES: Readonly<Record<Public, ProMessageKey>> = {
  adults: 'structure.public.adults',
  young: 'structure.public.young',
  entourage: 'structure.public.entourage',
};

function ProfileForm({
  profile,
  platform,
}: {
  readonly profile: StructureProfile;
  readonly platform: boolean;
}): ReactNode {
  const { t, dateTime } = useProI18n();
  const [publics, setPublics] = useState<readonly Public[]>(profile.publics ?? []);
  const [hours, setHours] = useState(profile.openingHours ?? '');
  const [wait, setWait] = useState(profile.waitTimeDays === null ? '' : String(profile.waitTimeDays));
  const [accepting, setAccepting] = useState(profile.acceptingNewPeople);
  const [receives, setReceives] = useState(profile.receivesRequests);
  const [departements, setDepartements] = useState(profile.servesDepartements.join(', '));
  const [saved, setSaved] = useState<StructureProfile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const waitDays = wait.trim() === '' ? null : Number.parseInt(wait, 10);
  const waitInvalid = waitDays !== null && (!Number.isInteger(waitDays) || waitDays < 0 || waitDays > 365);

  return (
    <form
      className="card pro-narrow"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (waitInvalid) return;
        setError(null);
        const body = {
          publics: [...publics],
          openingHours: hours.trim() === '' ? null : hours.trim(),
          waitTimeDays: waitDays,
          acceptingNewPeople: accepting,
          ...(platform
            ? {
                receivesRequests: receives,
                servesDepartements: departements.split(/[\s,;]+/).filter((code) => code !== ''),
              }
            : {}),
        };
        api.updateStructure(profile.structureId, body).then(setSaved, setError);
      }}
    >
      <h2>{profile.name}</h2>
      <p className="small muted">
        {t('structure.updated', { date: dateTime((saved ?? profile).updatedAt) })}
      </p>
      {saved === null ? null : (
        <p className="notice notice-success" role="status">
          {t('structure.saved')}
        </p>
      )}
      {error === null ? null : <ApiErrorNotice error={error} />}
      <fieldset>
        <legend>{t('structure.publics')}</legend>
        {PUBLICS.map((value) => (
          <label className="consent" key={value}>
            <input
              type="checkbox"
              checked={publics.includes(value)}
              onChange={(event) =>
                setPublics(event.target.checked ? [...publics, value] : publics.filter((p) => p !== value))
              }
            />
            <span>{t(PUBLIC_NAMES[value])}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="structure-hours">{t('structure.hours')}</label>
        <textarea
          id="structure-hours"
          maxLength={500}
          value={hours}
          onChange={(event) => setHours(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="structure-wait">{t('structure.wait')}</label>
        <span className="field-hint" id="structure-wait-hint">
          {t('structure.waitHint')}
        </span>
        <input
          id="structure-wait"
          type="number"
          min={0}
          max={365}
          inputMode="numeric"
          aria-invalid={waitInvalid}
          aria-describedby="structure-wait-hint"
          value={wait}
          onChange={(event) => setWait(event.target.value)}
        />
        {waitInvalid ? (
          <span className="field-error" role="alert">
            {t('structure.waitInvalid')}
          </span>
        ) : null}
      </div>
      <label className="consent">
        <input type="checkbox" checked={accepting} onChange={(event) => setAccepting(event.target.checked)} />
        <span>{t('structure.accepting')}</span>
      </label>
      {platform ? (
        <>
          <label className="consent">
            <input
              type="checkbox"
              checked={receives}
              onChange={(event) => setReceives(event.target.checked)}
            />
            <span>{t('structure.receives')}</span>
          </label>
          <div className="field">
            <label htmlFor="structure-departements">{t('structure.departements')}</label>
            <input
              id="structure-departements"
              type="text"
              value={departements}
              onChange={(event) => setDepartements(event.target.value)}
            />
          </div>
        </>
      ) : null}
      <button type="submit" className="button button-primary">
        {t('structure.save')}
      </button>
    </form>
  );
}

/** Platform admins add a structure of the directory to Oz (it then appears in the list to edit). */
function JoinForm({ onJoined }: { readonly onJoined: (profile: StructureProfile) => void }): ReactNode {
  const { t } = useProI18n();
  const [id, setId] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      className="card pro-narrow"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        api.updateStructure(id.trim(), { receivesRequests: true }).then(onJoined, setError);
      }}
    >
      <h2>{t('structure.join')}</h2>
      {error === null ? null : <ApiErrorNotice error={error} />}
      <div className="field">
        <label htmlFor="structure-join-id">{t('structure.joinId')}</label>
        <span className="field-hint" id="structure-join-hint">
          {t('structure.joinHint')}
        </span>
        <input
          id="structure-join-id"
          type="text"
          required
          aria-describedby="structure-join-hint"
          value={id}
          onChange={(event) => setId(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('structure.joinSubmit')}
      </button>
    </form>
  );
}

/** The structure's directory entry: publics, hours, wait for a first appointment, accepting new people. */
export function StructurePage(): ReactNode {
  const { t } = useProI18n();
  const { session } = useSession();
  const platform = session.user.role === 'platform_admin';
  const { remote, reload } = useApi(() => api.structures(), 'structures');
  const [chosen, setChosen] = useState(session.user.structureId ?? '');
  const mine =
    remote.status === 'ready' ? remote.value.structures.find((s) => s.structureId === chosen) : undefined;
  return (
    <>
      <h1 tabIndex={-1}>{t('structure.title')}</h1>
      <p>{t('structure.intro')}</p>
      {remote.status === 'failed' ? <ApiErrorNotice error={remote.error} /> : null}
      {platform && remote.status === 'ready' ? (
        <div className="field pro-narrow">
          <label htmlFor="structure-choose">{t('structure.choose')}</label>
          <select id="structure-choose" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">—</option>
            {remote.value.structures.map((structure) => (
              <option key={structure.structureId} value={structure.structureId}>
                {structure.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {mine === undefined ? (
        remote.status === 'ready' && !platform ? (
          <p>{t('structure.missing')}</p>
        ) : null
      ) : (
        <ProfileForm key={mine.structureId} profile={mine} platform={platform} />
      )}
      {platform ? (
        <JoinForm
          onJoined={(profile) => {
            reload();
            setChosen(profile.structureId);
          }}
        />
      ) : null}
    </>
  );
}
