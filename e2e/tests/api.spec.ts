// API smoke through the real server the e2e suite starts: health on SQLite, the care directory (shipped
// Haute-Garonne FINESS + Paris curated rows), and errors in the agreed shape — 4xx, never 5xx.
import type { APIResponse } from '@playwright/test';
import { expect, test } from '../support/test.js';

interface ApiError {
  error: { code: string; message: string };
}

interface StructureHit {
  id: string;
  name: string;
  type: string;
  postalCode: string;
  distanceKm: number;
}

async function expectError(response: APIResponse, status: number, code?: string): Promise<ApiError> {
  expect(response.status()).toBe(status);
  const body = (await response.json()) as ApiError;
  expect(typeof body.error.message).toBe('string');
  if (code !== undefined) expect(body.error.code).toBe(code);
  return body;
}

test.describe('API smoke', () => {
  test('GET /api/health reports the server and its SQLite database', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'sqlite' });
  });

  test('an unknown API route is a 404 in the error shape, never the app shell', async ({ request }) => {
    await expectError(await request.get('/api/does-not-exist'), 404);
  });

  test('the app is served with a strict Content-Security-Policy', async ({ request }) => {
    const response = await request.get('/');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  });

  for (const near of ['31000', '75011']) {
    test(`structures near ${near} come from the shipped data, nearest first`, async ({ request }) => {
      const response = await request.get(`/api/structures?near=${near}&limit=10`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { place: { postalCode: string }; structures: StructureHit[] };
      expect(body.place.postalCode).toBe(near);
      expect(body.structures.length).toBeGreaterThan(0);
      expect(body.structures.length).toBeLessThanOrEqual(10);
      const distances = body.structures.map((structure) => structure.distanceKm);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(body.structures[0]?.postalCode.slice(0, 2)).toBe(near.slice(0, 2));
    });
  }

  test('bad searches are 4xx with a clear error: unknown place, ambiguous place, bad parameters', async ({
    request,
  }) => {
    await expectError(await request.get('/api/structures?near=99999'), 404);
    const ambiguous = await request.get('/api/structures?near=Saint-Denis');
    expect([300, 409]).toContain(ambiguous.status());
    const candidates = ((await ambiguous.json()) as { candidates: { label: string }[] }).candidates;
    expect(candidates.map((candidate) => candidate.label)).toContain('Saint-Denis (93)');
    await expectError(await request.get('/api/structures?near=75011&limit=1000'), 400);
    await expectError(await request.get('/api/structures?lat=100&lon=2'), 400);
    await expectError(await request.get('/api/structures?near=75011&types=bar'), 400);
  });

  test('the offline snapshot is cacheable: same ETag → 304', async ({ request }) => {
    const first = await request.get('/api/structures/snapshot');
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toBeTruthy();
    const again = await request.get('/api/structures/snapshot', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status()).toBe(304);
  });
});
