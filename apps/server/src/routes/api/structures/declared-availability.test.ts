// The public directory shows what structures on Oz declare (issue 5): wait for a first appointment, whether
// they take new people, and when they said so — in search results, one structure, and the offline snapshot.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../../app.js';
import { loadConfig } from '../../../config.js';
import { TEST_DATABASE_KINDS } from '../../../test-support/databases.js';
import { shippedPlaces } from '../../../test-support/places.js';
import { STRUCTURE_A, STRUCTURE_UNLISTED, buildProTestApp, signIn } from '../../../test-support/pro-app.js';
import type { ProTestApp } from '../../../test-support/pro-app.js';

interface Listed {
  id: string;
  waitTimeDays: number | null;
  acceptingNewPeople: boolean | null;
  availabilityDeclaredAt: string | null;
}

const NEAR_TEST_STRUCTURES = '/api/structures?lat=48.8686&lon=2.3316&limit=10';

describe.each(TEST_DATABASE_KINDS)('declared availability in the public directory (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  async function declare(payload: { waitTimeDays?: number | null; acceptingNewPeople?: boolean }) {
    const admin = await signIn(context.app, 'admin.a@oz.test');
    const response = await admin.request({
      method: 'PUT',
      url: `/api/pro/structures/${STRUCTURE_A}`,
      payload,
    });
    expect(response.statusCode).toBe(200);
  }

  const get = (url: string, headers: Record<string, string> = {}) =>
    context.app.inject({ method: 'GET', url, headers });

  it('shows the declared wait and intake with their date; nulls for structures not on Oz', async () => {
    context.clock.advanceHours(2);
    await declare({ waitTimeDays: 12, acceptingNewPeople: true });
    const one = await get(`/api/structures/${STRUCTURE_A}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      waitTimeDays: 12,
      acceptingNewPeople: true,
      availabilityDeclaredAt: context.clock.now().toISOString(),
    });
    const unlisted = (await get(`/api/structures/${STRUCTURE_UNLISTED}`)).json() as Listed;
    expect(unlisted).toMatchObject({
      waitTimeDays: null,
      acceptingNewPeople: null,
      availabilityDeclaredAt: null,
    });
    const search = (await get(NEAR_TEST_STRUCTURES)).json() as { structures: Listed[] };
    expect(search.structures.find((structure) => structure.id === STRUCTURE_A)).toMatchObject({
      waitTimeDays: 12,
    });
  });

  it('lists a structure taking no new people after the others at the same distance, flagged', async () => {
    const before = (await get(NEAR_TEST_STRUCTURES)).json() as { structures: Listed[] };
    expect(before.structures[0]?.id).toBe(STRUCTURE_A);
    await declare({ acceptingNewPeople: false });
    const after = (await get(NEAR_TEST_STRUCTURES)).json() as { structures: Listed[] };
    expect(after.structures.map((structure) => structure.id).at(-1)).toBe(STRUCTURE_A);
    expect(after.structures.at(-1)?.acceptingNewPeople).toBe(false);
  });

  it('is served by another process on the same database once its staleness bound has passed', async () => {
    const boundMs = 150;
    vi.stubEnv('OZ_JOBS_INTERVAL_MS', '0');
    const other = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', OZ_DIRECTORY_MAX_STALENESS_MS: String(boundMs) }),
      database: context.database,
      places: shippedPlaces(),
      loadShippedData: false,
      logger: false,
    });
    await other.ready();
    vi.unstubAllEnvs();
    try {
      const one = async () =>
        (await other.inject({ method: 'GET', url: `/api/structures/${STRUCTURE_A}` })).json() as Listed;
      expect((await one()).acceptingNewPeople).toBe(true);
      await declare({ waitTimeDays: 45, acceptingNewPeople: false });
      // Whatever the other process's timer did meanwhile, an answer given the bound after the commit has it.
      await sleep(boundMs + 1);
      expect(await one()).toMatchObject({ waitTimeDays: 45, acceptingNewPeople: false });
      const search = (await other.inject({ method: 'GET', url: NEAR_TEST_STRUCTURES })).json() as {
        structures: Listed[];
      };
      expect(search.structures.at(-1)).toMatchObject({ id: STRUCTURE_A, acceptingNewPeople: false });
    } finally {
      await other.close();
    }
  });

  it('changes the snapshot and its ETag when a structure declares a new availability', async () => {
    const first = await get('/api/structures/snapshot');
    const etag = String(first.headers.etag);
    expect((await get('/api/structures/snapshot', { 'if-none-match': etag })).statusCode).toBe(304);
    context.clock.advanceHours(1);
    await declare({ waitTimeDays: 30, acceptingNewPeople: false });
    const second = await get('/api/structures/snapshot', { 'if-none-match': etag });
    expect(second.statusCode).toBe(200);
    expect(second.headers.etag).not.toBe(etag);
    const declared = (second.json() as { structures: Listed[] }).structures.find(
      (structure) => structure.id === STRUCTURE_A,
    );
    expect(declared).toMatchObject({ waitTimeDays: 30, acceptingNewPeople: false });
  });

  it('documents the new fields in the OpenAPI answer of one structure', async () => {
    interface OpenApi {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }> } }>;
    }
    const document = (await get('/api/docs/json')).json() as OpenApi;
    const answer = JSON.stringify(document.paths['/api/structures/{id}']?.get.responses['200']);
    for (const field of ['waitTimeDays', 'acceptingNewPeople', 'availabilityDeclaredAt'])
      expect(answer).toContain(field);
  });
});
