import { PlacesResponseSchema } from '@oz/contracts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import type { OzDatabase } from './db/database.js';
import { TEST_DATABASE_KINDS, openTestDatabase } from './test-support/databases.js';
import { shippedPlaces } from './test-support/places.js';
import { fakeWebDist } from './test-support/web-dist.js';

describe.each(TEST_DATABASE_KINDS)('Oz API on %s with the shipped data', (kind) => {
  let database: OzDatabase;
  let app: FastifyInstance;
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const config = loadConfig({ OZ_WEB_DIST: fakeWebDist(), OZ_RATE_LIMIT_MAX: '1000' });
    app = await buildApp({ config, database, places: shippedPlaces(), logger: false });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  it('imports the shipped data at first start only', async () => {
    expect(await app.directory.repository.countImports()).toBe(2);
    const config = loadConfig({ OZ_WEB_DIST: fakeWebDist() });
    const restarted = await buildApp({ config, database, places: shippedPlaces(), logger: false });
    await restarted.ready();
    expect(await restarted.directory.repository.countImports()).toBe(2);
    await restarted.close();
  });

  it('reports health and the database kind', async () => {
    const response = await get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: kind });
  });

  it('finds structures near a Paris postal code, nearest first, with the coverage', async () => {
    const response = await get('/api/structures?near=75011');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.place).toMatchObject({ kind: 'postal_code', postalCode: '75011' });
    expect(body.structures.length).toBe(20);
    const distances = body.structures.map((structure: { distanceKm: number }) => structure.distanceKm);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    expect(body.structures.map((structure: { id: string }) => structure.id)).not.toContain('curated-idf-005');
    expect(body.coverage.departements.map((departement: { code: string }) => departement.code)).toEqual([
      '31',
      '75',
      '93',
    ]);
  });

  it('filters by types and public, and honours limit', async () => {
    const response = await get('/api/structures?near=Toulouse&types=csapa,cjc&public=young&limit=3');
    expect(response.statusCode).toBe(200);
    const structures = response.json().structures as { type: string; publics: string[]; city: string }[];
    expect(structures).toHaveLength(3);
    expect(
      structures.every((structure) => structure.type === 'csapa' && structure.publics.includes('young')),
    ).toBe(true);
    expect(structures[0]?.city).toBe('TOULOUSE');
  });

  it('searches around coordinates', async () => {
    const response = await get('/api/structures?lat=43.6&lon=1.44&limit=1');
    expect(response.json().place).toMatchObject({ kind: 'coordinates', latitude: 43.6, longitude: 1.44 });
  });

  it('answers 409 with candidates for a homonym, and each candidate resolves', async () => {
    const response = await get('/api/structures?near=Sainte-Colombe');
    expect(response.statusCode).toBe(409);
    const body = response.json();
    expect(body.error.code).toBe('ambiguous_place');
    const [first] = body.candidates as { query: string; departement: string }[];
    expect(first?.departement).toBeDefined();
    const chosen = await get(`/api/structures?near=${encodeURIComponent(first?.query ?? '')}`);
    expect(chosen.statusCode).toBe(200);
  });

  it('answers 404 for an unknown place and an unknown structure', async () => {
    expect((await get('/api/structures?near=Nowhere-sur-Rien')).json().error.code).toBe('place_not_found');
    const missing = await get('/api/structures/finess-000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('structure_not_found');
  });

  it.each([
    ['/api/structures', 'near'],
    ['/api/structures?near=75011&limit=0', 'limit'],
    ['/api/structures?near=75011&limit=101', 'limit'],
    ['/api/structures?near=75011&limit=ten', 'limit'],
    ['/api/structures?near=75011&types=csapa,clinic', 'types'],
    ['/api/structures?near=75011&public=children', 'public'],
    ['/api/structures?lat=48.8', 'lon'],
    ['/api/structures?lat=91&lon=2', 'lat'],
    ['/api/structures?near=75011&lat=48.8&lon=2.3', 'near'],
    ['/api/places', 'q'],
    ['/api/places?q=' + 'x'.repeat(81), 'q'],
    ['/api/structures/' + encodeURIComponent('../etc'), 'id'],
  ])('answers 400 naming the field for %s', async (url, field) => {
    const response = await get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
    expect(response.json().error.message.startsWith(field)).toBe(true);
  });

  it('returns one structure by id', async () => {
    const response = await get('/api/structures/finess-310788070');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'CSAPA ANPAA HAUTE-GARONNE',
      type: 'csapa',
      departement: '31',
    });
  });

  it('serves the snapshot with an ETag and answers 304 when unchanged', async () => {
    const first = await get('/api/structures/snapshot');
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    const body = first.json();
    expect(body.structures.length).toBe(body.coverage.totalStructures);
    expect(body.structures.map((structure: { id: string }) => structure.id)).not.toContain('curated-idf-006');
    const second = await get('/api/structures/snapshot', { 'if-none-match': etag });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
  });

  it('suggests places for autocomplete', async () => {
    const response = await get('/api/places?q=Toul&limit=2');
    expect(response.json().places.map((place: { label: string }) => place.label)).toEqual([
      'Toulouse (31)',
      'Toulon (83)',
    ]);
  });

  it('answers a repeated suggestion from its cache with the very answer the index gives', async () => {
    for (const url of [
      '/api/places?q=sai',
      '/api/places?q=sai',
      '/api/places?q=750&limit=3',
      '/api/places?q=%20sai',
    ]) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      const query = new URL(url, 'http://oz.test').searchParams;
      const expected = shippedPlaces().suggest(query.get('q') ?? '', Number(query.get('limit') ?? 8));
      expect(PlacesResponseSchema.parse(response.json())).toEqual({ places: expected });
    }
  });

  it('serves the postal-code table for offline search, with an ETag', async () => {
    const response = await get('/api/places/postal-codes');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body.postalCodes).length).toBeGreaterThan(6000);
    expect(body.postalCodes['75011']).toEqual([48.85942, 2.37874]);
    expect(
      (await get('/api/places/postal-codes', { 'if-none-match': String(response.headers.etag) })).statusCode,
    ).toBe(304);
  });

  it('sets a strict CSP and security headers; rate-limit headers only once the limit bites', async () => {
    const response = await get('/');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain(
      "img-src 'self' data: https://tile.openstreetmap.org",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/api/places?q=Par')).headers['x-ratelimit-limit']).toBeUndefined();
  });

  it('serves the PWA entry points with the SPA fallback, and JSON 404 under /api', async () => {
    expect((await get('/')).body).toContain('<title>Oz</title>');
    expect((await get('/help/results')).body).toContain('<title>Oz</title>');
    expect((await get('/pro/queue')).body).toContain('<title>Oz pro</title>');
    expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
    const missing = await get('/api/nothing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('serves the OpenAPI document and the local Swagger UI', async () => {
    expect((await get('/api/docs/json')).json().paths).toHaveProperty(['/api/structures']);
    expect((await get('/api/docs/static/swagger-ui-bundle.js')).statusCode).toBe(200);
  });

  it('rejects an oversized body with a 4xx, never a 5xx', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/structures',
      payload: 'x'.repeat(70_000),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });
});
