import type { ZeroRepereReason } from '@oz/core';
import type { ReactNode } from 'react';
import { Link } from '../app/Link.js';
import { useI18n } from '../i18n/I18nProvider.js';

/**
 * Said plainly when the repère is zero (docs/clinical-rules.md §3): « zéro alcool pendant la grossesse » with the
 * midwife and maternity team first (SPF), or zero before 18 with the CJC, prominent (issue 8).
 */
export function ZeroRepereNotice({ reason }: { readonly reason: ZeroRepereReason }): ReactNode {
  const { t } = useI18n();
  const pregnancy = reason === 'pregnancy';
  return (
    <section className="notice" aria-labelledby="zero-repere-title" data-testid="zero-repere">
      <h2 id="zero-repere-title">
        {t(pregnancy ? 'reperes.zeroPregnancy.title' : 'reperes.zeroMinor.title')}
      </h2>
      <p>{t(pregnancy ? 'reperes.zeroPregnancy.body' : 'reperes.zeroMinor.body')}</p>
      {pregnancy ? <p className="small muted">{t('reperes.zeroPregnancy.source')}</p> : null}
      <Link to={pregnancy ? '/aide' : '/aide?type=cjc'} className="button button-primary button-block">
        {t(pregnancy ? 'reperes.zeroPregnancy.cta' : 'reperes.zeroMinor.cta')}
      </Link>
    </section>
  );
}
