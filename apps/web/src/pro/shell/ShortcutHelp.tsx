import type { ReactNode } from 'react';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';

/** The shortcuts of the screen, always listed (nothing hidden): keyboard users find them at the bottom. */
export function ShortcutHelp({ keys }: { readonly keys: readonly ProMessageKey[] }): ReactNode {
  const { t } = useProI18n();
  return (
    <details className="shortcut-help">
      <summary>{t('shortcuts.title')}</summary>
      <ul className="small">
        {keys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}
