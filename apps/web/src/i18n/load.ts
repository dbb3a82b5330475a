import { fr, type Catalogue } from './fr.js';
import type { Locale } from './types.js';

/** French ships in the main bundle; English is a lazy chunk loaded only when chosen. */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'fr') return fr;
  const module = await import('./en.js');
  return module.en;
}
