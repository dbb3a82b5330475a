import type { Invitation } from '@oz/contracts';
import { toString as qrToSvg } from 'qrcode';
import { useEffect, useState, type ReactNode } from 'react';
import { TextField } from '../../ui/TextField.js';
import { api } from '../api.js';
import { useProI18n } from '../i18n/ProI18n.js';
import { ApiErrorNotice } from '../shell/ApiErrorNotice.js';

/** "K7M2QX9P" → "K7M2-QX9P": easier to read aloud and to copy. */
export function groupCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** The QR code is drawn here, in the browser (qrcode package): the link never goes to a third party. */
function QrCode({ url, label }: { readonly url: string; readonly label: string }): ReactNode {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void qrToSvg(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((markup) => {
      if (live) setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);
    });
    return () => {
      live = false;
    };
  }, [url]);
  return svg === null ? null : <img className="pro-qr" src={svg} alt={label} width={220} height={220} />;
}

function InvitationCard({ invitation }: { readonly invitation: Invitation }): ReactNode {
  const { t, dateTime } = useProI18n();
  const code = groupCode(invitation.code);
  return (
    <section className="card pro-invitation" aria-labelledby="invitation-title">
      <h2 id="invitation-title">{t('invite.ready')}</h2>
      <p>
        {t('invite.code')} <strong className="pro-code">{code}</strong>
      </p>
      <QrCode url={invitation.url} label={t('invite.qrLabel', { code })} />
      <p className="small">{t('invite.url', { url: invitation.url })}</p>
      <p className="small muted">{t('invite.expires', { date: dateTime(invitation.expiresAt) })}</p>
      <p className="small">{t('invite.explain')}</p>
      <button type="button" className="button" onClick={() => window.print()}>
        {t('invite.print')}
      </button>
    </section>
  );
}

/** Invite a person to link Oz with the structure: a short code and its QR code. */
export function InvitePage(): ReactNode {
  const { t } = useProI18n();
  const [label, setLabel] = useState('');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <h1 tabIndex={-1}>{t('invite.title')}</h1>
      <p>{t('invite.intro')}</p>
      <form
        className="card pro-narrow"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          api.invite(label.trim()).then(setInvitation, setError);
        }}
      >
        <TextField
          id="invite-label"
          label={t('invite.label')}
          hint={t('invite.labelHint')}
          maxLength={60}
          value={label}
          onChange={setLabel}
        />
        <button type="submit" className="button button-primary">
          {t('invite.create')}
        </button>
      </form>
      {error === null ? null : <ApiErrorNotice error={error} />}
      {invitation === null ? null : <InvitationCard invitation={invitation} />}
    </>
  );
}
