import { useState, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { navigate, useLocation } from '../../app/navigation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { nowIso } from '../../storage/ids.js';
import { saveShare } from '../../sync/local.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { redeemCode, type RedeemResult } from './api.js';
import '../contact/contact.css';

const FAILURES: Readonly<Record<Exclude<RedeemResult['kind'], 'linked'>, MessageKey>> = {
  invalid: 'share.codeInvalid',
  offline: 'share.codeOffline',
  failed: 'share.codeFailed',
  tooMany: 'share.codeTooMany',
};

/**
 * Enter the invitation code a professional gave (or open /lien?code=… from their QR code). Linking shares
 * nothing by itself: the person chooses what to share on the next screen.
 */
export default function LinkPage(): ReactNode {
  const { t } = useI18n();
  const { search } = useLocation();
  const [code, setCode] = useState(search.get('code') ?? '');
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <>
      <PageTitle>{t('share.linkTitle')}</PageTitle>
      <p>{t('share.linkIntro')}</p>
      <p className="small muted">{t('share.linkNothingYet')}</p>
      <form
        className="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (code.trim() === '') {
            setFailure('share.codeMissing');
            return;
          }
          setBusy(true);
          void redeemCode(code).then(async (result) => {
            setBusy(false);
            if (result.kind !== 'linked') {
              setFailure(FAILURES[result.kind]);
              return;
            }
            const { link } = result;
            await saveShare({
              id: link.id,
              shareToken: link.shareToken,
              structure: link.structure,
              linkedAt: nowIso(),
              scopes: [],
              lastUploadedAt: null,
              revokeRequestedAt: null,
            });
            navigate(`/partage/${link.id}`, { replace: true });
          });
        }}
      >
        <div className="field">
          <label htmlFor="invitation-code">{t('share.codeLabel')}</label>
          <span className="field-hint" id="invitation-code-hint">
            {t('share.codeHint')}
          </span>
          <input
            id="invitation-code"
            type="text"
            className="code-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            aria-invalid={failure !== null}
            aria-describedby={
              failure === null ? 'invitation-code-hint' : 'invitation-code-hint invitation-code-error'
            }
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          {failure === null ? null : (
            <span className="field-error" id="invitation-code-error" role="alert">
              {t(failure)}
            </span>
          )}
        </div>
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {t('share.linkSubmit')}
        </button>
      </form>
      <p>
        <Link to="/partage">{t('share.myLinks')}</Link>
      </p>
    </>
  );
}
