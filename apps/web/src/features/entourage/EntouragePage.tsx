import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/fr.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { ALCOOL_INFO_SERVICE } from '../../ui/helplines.js';

const SECTIONS: readonly { title: MessageKey; points: readonly MessageKey[] }[] = [
  {
    title: 'entourage.helpsTitle',
    points: ['entourage.helps1', 'entourage.helps2', 'entourage.helps3', 'entourage.helps4'],
  },
  {
    title: 'entourage.talkTitle',
    points: ['entourage.talk1', 'entourage.talk2', 'entourage.talk3', 'entourage.talk4'],
  },
  { title: 'entourage.youTitle', points: ['entourage.you1', 'entourage.you2', 'entourage.you3'] },
];

/** The relatives' path: what helps, how to talk about it, that structures receive relatives too. */
export default function EntouragePage(): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('entourage.title')}</PageTitle>
      <p>{t('entourage.intro')}</p>
      {SECTIONS.map((section) => (
        <section key={section.title} className="card" aria-labelledby={section.title}>
          <h2 id={section.title}>{t(section.title)}</h2>
          <ul>
            {section.points.map((point) => (
              <li key={point}>{t(point)}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className="card" aria-labelledby="entourage-help">
        <h2 id="entourage-help">{t('entourage.findTitle')}</h2>
        <p>{t('entourage.findBody')}</p>
        <p>
          {t('help.ais')} <a href={ALCOOL_INFO_SERVICE.tel}>{ALCOOL_INFO_SERVICE.display}</a> —{' '}
          {t('help.aisHours')}
        </p>
        <div className="stack">
          <Link to="/aide?pour=proche" className="button button-primary button-block">
            {t('entourage.findButton')}
          </Link>
          <Link to="/test-rapide" className="button button-quiet button-block">
            {t('entourage.forMe')}
          </Link>
        </div>
      </section>
    </>
  );
}
