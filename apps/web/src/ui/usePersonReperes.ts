import { reperesFor, type PersonReperes } from '@oz/core';
import { usePreferences } from '../app/preferences.js';

/**
 * The repères that apply to the person (core reperesFor): zero when pregnant, breast-feeding, trying for a baby
 * or under 18; the older-adult ones from 65; else the SPF 2017 ones. Read from the profile on every render.
 */
export function usePersonReperes(): PersonReperes {
  const { preferences } = usePreferences();
  return reperesFor(preferences.profile);
}
