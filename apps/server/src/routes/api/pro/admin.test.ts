import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../test-support/databases.js';
import { submitContactRequest } from '../../../test-support/contact-request.fixture.js';
import { STRUCTURE_A, STRUCTURE_UNLISTED, buildProTestApp, signIn } from '../../../test-support/pro-app.js';
import type { ProTestApp } from '../../../test-support/pro-app.js';

describe.each(TEST_DATABASE_KINDS)('team and structure administration (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  it('lets a platform admin create an account, which signs in with the one-time password', async () => {
    const platform = await signIn(context.app, 'platform@oz.test');
    const created = await platform.request({
      method: 'POST',
      url: '/api/pro/users',
      payload: {
        email: 'New.Colleague@oz.test',
        displayName: 'Nouvelle collègue',
        role: 'professional',
        structureId: STRUCTURE_A,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({
      email: 'new.colleague@oz.test',
      structureId: STRUCTURE_A,
      mustChangePassword: true,
    });
    const duplicate = await platform.request({
      method: 'POST',
      url: '/api/pro/users',
      payload: { email: 'new.colleague@oz.test', displayName: 'Twice', role: 'platform_admin' },
    });
    expect(duplicate.statusCode).toBe(409);
    const colleague = await signIn(context.app, 'new.colleague@oz.test', created.json().temporaryPassword);
    expect(
      (await colleague.request({ method: 'GET', url: '/api/pro/session' })).json().user.mustChangePassword,
    ).toBe(true);
  });

  it('sends structure admins to invitations: they cannot create accounts directly', async () => {
    const admin = await signIn(context.app, 'admin.a@oz.test');
    const created = await admin.request({
      method: 'POST',
      url: '/api/pro/users',
      payload: { email: 'pro.b@oz.test', displayName: 'Probe', role: 'professional' },
    });
    expect(created.statusCode).toBe(403);
    expect(created.json().error.code).toBe('forbidden');
  });

  it('signs a deactivated account out at once', async () => {
    const admin = await signIn(context.app, 'admin.a@oz.test');
    const pro = await signIn(context.app, 'pro.a@oz.test');
    const deactivated = await admin.request({
      method: 'PATCH',
      url: `/api/pro/users/${context.users.proA}`,
      payload: { active: false },
    });
    expect(deactivated.json()).toMatchObject({ active: false });
    expect((await pro.request({ method: 'GET', url: '/api/pro/session' })).statusCode).toBe(401);
    const again = await context.app.inject({
      method: 'POST',
      url: '/api/pro/session',
      payload: { email: 'pro.a@oz.test', password: 'correct horse battery staple' },
    });
    expect(again.statusCode).toBe(401);
    const self = await admin.request({
      method: 'PATCH',
      url: `/api/pro/users/${context.users.adminA}`,
      payload: { active: false },
    });
    expect(self.statusCode).toBe(400);
  });

  it('publishes the wait time and intake a structure admin declares', async () => {
    const admin = await signIn(context.app, 'admin.a@oz.test');
    const updated = await admin.request({
      method: 'PUT',
      url: `/api/pro/structures/${STRUCTURE_A}`,
      payload: {
        waitTimeDays: 21,
        acceptingNewPeople: false,
        openingHours: 'Lun–ven 9 h–18 h',
        publics: ['adults'],
      },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      waitTimeDays: 21,
      acceptingNewPeople: false,
      servesDepartements: ['75', '92'],
    });
    const availability = await context.app.inject({ method: 'GET', url: '/api/structures/availability' });
    expect(availability.json().structures).toContainEqual(
      expect.objectContaining({ structureId: STRUCTURE_A, waitTimeDays: 21, acceptingNewPeople: false }),
    );
  });

  it('lets a platform admin bring a structure onto Oz and route a département to it', async () => {
    const platform = await signIn(context.app, 'platform@oz.test');
    const before = await submitContactRequest(context.app, { postalCode: '13001' });
    const joined = await platform.request({
      method: 'PUT',
      url: `/api/pro/structures/${STRUCTURE_UNLISTED}`,
      payload: { servesDepartements: ['13', '2A'] },
    });
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({
      name: 'CJC Marseille',
      servesDepartements: ['13', '2A'],
      receivesRequests: true,
    });
    const after = await submitContactRequest(context.app, { postalCode: '13002' });
    const rows = await context.database.db
      .selectFrom('contact_requests')
      .select(['id', 'structure_id'])
      .execute();
    expect(rows.find((row) => row.id === before.id)?.structure_id).toBeNull();
    expect(rows.find((row) => row.id === after.id)?.structure_id).toBe(STRUCTURE_UNLISTED);
    const platformQueue = await platform.request({
      method: 'GET',
      url: '/api/pro/requests?structureId=platform',
    });
    expect(platformQueue.json().requests.map((item: { id: string }) => item.id)).toEqual([before.id]);
  });

  it('prefers a structure accepting new people, then the shortest wait', async () => {
    const platform = await signIn(context.app, 'platform@oz.test');
    await platform.request({
      method: 'PUT',
      url: `/api/pro/structures/${STRUCTURE_UNLISTED}`,
      payload: { servesDepartements: ['75'], waitTimeDays: 30 },
    });
    await platform.request({
      method: 'PUT',
      url: `/api/pro/structures/${STRUCTURE_A}`,
      payload: { waitTimeDays: 5 },
    });
    expect(await context.app.store.repositories.profiles.routeFor('75')).toBe(STRUCTURE_A);
    await platform.request({
      method: 'PUT',
      url: `/api/pro/structures/${STRUCTURE_A}`,
      payload: { acceptingNewPeople: false },
    });
    expect(await context.app.store.repositories.profiles.routeFor('75')).toBe(STRUCTURE_UNLISTED);
    await platform.request({
      method: 'PUT',
      url: `/api/pro/structures/${STRUCTURE_UNLISTED}`,
      payload: { receivesRequests: false },
    });
    expect(await context.app.store.repositories.profiles.routeFor('75')).toBe(STRUCTURE_A);
  });
});
