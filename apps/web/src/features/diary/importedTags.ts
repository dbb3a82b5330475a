import type { MessageKey } from '../../i18n/fr.js';

/*
 * Day tags imported from Oz Ensemble that Oz has no equivalent of are kept as `oze:<key>` (its context keys,
 * SocialGouv/ozensemble `AddEmotion/contextsCatalog.js`) and shown with Oz Ensemble's own words, so nothing the
 * person noted is lost or silently renamed.
 */
export const OZE_TAG_PREFIX = 'oze:';

const OZE_TAG_KEYS = [
  'withcloseones',
  'withcolleagues',
  'withdrinkingbuddy',
  'bar',
  'out',
  'casualevent',
  'communevent',
  'inthemorning',
  'afterwork',
  'aperitif',
  'torelax',
  'toforget',
  'toreassure',
  'antidepressant',
  'anxiolytic',
  'tofeelbetter',
  'toreducepain',
  'forfun',
  'reward',
  'confidence',
  'disinhibit',
  'losecontrol',
  'sociabilise',
  'passtime',
  'sleep',
  'taste',
] as const;
type OzeTagKey = (typeof OZE_TAG_KEYS)[number];

function isOzeTagKey(key: string): key is OzeTagKey {
  return (OZE_TAG_KEYS as readonly string[]).includes(key);
}

/** The message naming an imported tag, or the raw key when Oz Ensemble wrote one it never listed. */
export function importedTagLabel(tag: string): { readonly key: MessageKey } | { readonly text: string } {
  const key = tag.startsWith(OZE_TAG_PREFIX) ? tag.slice(OZE_TAG_PREFIX.length) : tag;
  return isOzeTagKey(key) ? { key: `oze.tag.${key}` } : { text: key };
}
