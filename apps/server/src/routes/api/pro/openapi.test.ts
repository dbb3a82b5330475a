import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProTestApp } from '../../../test-support/pro-app.js';
import type { ProTestApp } from '../../../test-support/pro-app.js';

describe('OpenAPI description of the issue 5 routes', () => {
  let context: ProTestApp;
  beforeAll(async () => {
    context = await buildProTestApp('sqlite');
  });
  afterAll(async () => {
    await context.close();
  });

  it('documents the contact-request, sharing and workspace routes', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths as Record<string, unknown>);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/contact-requests',
        '/api/contact-requests/{id}',
        '/api/shares',
        '/api/shares/{id}/data',
        '/api/pro/session',
        '/api/pro/requests',
        '/api/pro/requests/{id}/status',
        '/api/pro/users/{id}/password-reset',
        '/api/pro/audit',
        '/api/pro/team-invitations',
        '/api/pro/team-invitations/{id}',
        '/api/pro/team-invitations/accept',
        '/api/structures/availability',
      ]),
    );
  });
});
