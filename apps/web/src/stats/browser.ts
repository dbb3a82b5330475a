// Kept apart from settings.ts: the service worker's code imports the settings' types, and `Navigator` does
// not exist there.

/** Global Privacy Control or Do Not Track: the browser asks not to be measured, so nothing is counted. */
export function browserRefusesMeasurement(nav: Navigator = navigator): boolean {
  const withGpc = nav as Navigator & { readonly globalPrivacyControl?: boolean };
  return withGpc.globalPrivacyControl === true || nav.doNotTrack === '1';
}
