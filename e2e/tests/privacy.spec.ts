// Issue 3 — "nothing in this issue sends data to any server": while the person uses the diary, the app only
// fetches its own static files. No POST, no /api call with diary data, no third-party host — except the
// anonymous daily counts of issue 12, which carry counts only.
import type { Request } from '@playwright/test';
import { startsWith } from '../support/text.js';
import { baseURL } from '../support/env.js';
import { expect, test } from '../support/test.js';

const IPA = { name: 'IPA maison', volume: '33', unit: 'cl', abv: '6,5' } as const;

test('the diary never leaves the device: no upload, no API call, no third party', async ({ oz, page }) => {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));

  await oz.startWithDiary();
  await oz.diary.addCatalogueDrink('Bières', startsWith('Demi de bière (25 cl, 5 %)'), {
    when: { time: '09:30' },
  });
  await oz.diary.createCustomDrink(IPA, { when: { date: '2026-11-16', time: '20:00' } });
  await oz.diary.entry(/^Modifier : 1 × Demi de bière/).click();
  await oz.diary.setQuantity(2);
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await oz.expectToast('Modification enregistrée.');
  await oz.diary.openDay('2026-11-16', 'lundi 16 novembre 2026');
  await page.getByLabel('Note privée').fill('Une note très privée');
  await page.getByRole('button', { name: 'Enregistrer ma journée' }).click();
  await oz.expectToast('Journée enregistrée.');
  await page.goto('/objectifs');
  await oz.goals.setGoal({ perWeek: '7', perDay: '2' });
  await oz.expectToast('Objectif enregistré.');
  await oz.data.open();
  await oz.data.export('Exporter une sauvegarde complète (JSON)');

  const offending = requests
    .filter((request) => {
      const url = new URL(request.url());
      if (url.protocol === 'blob:' || url.protocol === 'data:') return false;
      // The anonymous daily counts (issue 12) are the one allowed call: checked below to carry no diary data.
      if (url.origin === baseURL && url.pathname === '/api/stats/counts') return false;
      return request.method() !== 'GET' || url.origin !== baseURL || url.pathname.startsWith('/api/');
    })
    .map((request) => `${request.method()} ${request.url()}`);
  expect(offending).toEqual([]);
  expect(requests.some((request) => (request.postData() ?? '').includes('note très privée'))).toBe(false);
  for (const counts of requests.filter((request) => request.url().endsWith('/api/stats/counts'))) {
    expect(Object.keys(counts.postDataJSON() as object)).toEqual(['days']);
    expect(counts.postData()).not.toMatch(/bière|IPA|Une note/);
  }
});
