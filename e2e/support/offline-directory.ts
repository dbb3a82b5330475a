// The care finder saves the structure directory on the device (IndexedDB "oz-help-cache") after an online
// visit; offline search reads it. Tests wait for that copy instead of sleeping.
import { expect, type Page } from '@playwright/test';

export async function waitForOfflineDirectory(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const request = indexedDB.open('oz-help-cache');
              request.onerror = () => resolve(false);
              request.onsuccess = () => {
                const db = request.result;
                if (!db.objectStoreNames.contains('cache')) {
                  db.close();
                  resolve(false);
                  return;
                }
                const get = db.transaction('cache').objectStore('cache').get('snapshot');
                get.onsuccess = () => {
                  db.close();
                  resolve(get.result !== undefined);
                };
                get.onerror = () => {
                  db.close();
                  resolve(false);
                };
              };
            }),
        ),
      { message: 'the care directory should be saved on the device for offline use', timeout: 20_000 },
    )
    .toBe(true);
}
