import { toString as qrToSvg } from 'qrcode';
import { useEffect, useState, type ReactNode } from 'react';
import { TextField } from '../../ui/TextField.js';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';
import { useSession } from '../shell/session.js';
import { ROLE_NAMES } from '../admin/MemberForm.js';
import { PasswordChangeForm } from './PasswordChangeForm.js';

function SecretQr({ uri, label }: { readonly uri: string; readonly label: string }): ReactNode {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void qrToSvg(uri, { type: 'svg', margin: 2 }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [uri]);
  return src === null ? null : <img className="pro-qr" src={src} alt={label} width={200} height={200} />;
}

/** Optional second factor: scan the secret, confirm with a code; disable with the password. */
function TotpSection(): ReactNode {
  const { t } = useProI18n();
  const { session, refresh } = useSession();
  const [setup, setSetup] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const done = (): void => {
    setSetup(null);
    setCode('');
    setPassword('');
    void refresh();
  };
  return (
    <section className="card" aria-labelledby="totp-title">
      <h2 id="totp-title">{t('account.totp')}</h2>
      <p>{session.user.totpEnabled ? t('account.totpOn') : t('account.totpOff')}</p>
      {error === null ? null : <ApiErrorNotice error={error} />}
      {session.user.totpEnabled ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            api.disableTotp(password).then(done, setError);
          }}
        >
          <TextField
            id="totp-password"
            label={t('account.currentPassword')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
          <button type="submit" className="button button-danger">
            {t('account.totpDisable')}
          </button>
        </form>
      ) : setup === null ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            api.startTotp().then(setSetup, setError);
          }}
        >
          {t('account.totpStart')}
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            api.confirmTotp(code.trim()).then(done, setError);
          }}
        >
          <p>{t('account.totpScan')}</p>
          <SecretQr uri={setup.otpauthUri} label={t('account.totpQr')} />
          <p className="small">
            {t('account.totpSecret')} <code>{setup.secret}</code>
          </p>
          <TextField
            id="totp-code"
            label={t('account.totpCode')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={setCode}
          />
          <button type="submit" className="button button-primary">
            {t('account.totpConfirm')}
          </button>
        </form>
      )}
    </section>
  );
}

/** The signed-in professional's account: who they are, password, second factor. */
export function AccountPage(): ReactNode {
  const { t } = useProI18n();
  const { session } = useSession();
  return (
    <div className="pro-narrow">
      <h1 tabIndex={-1}>{t('account.title')}</h1>
      <p>
        {session.user.displayName} · {session.user.email} · {t(ROLE_NAMES[session.user.role])}
      </p>
      <PasswordChangeForm onDone={() => undefined} />
      <TotpSection />
    </div>
  );
}
