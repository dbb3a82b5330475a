// Fixture builder for contact-request submissions: `aContactRequestBody({ postalCode: '69001' })`.
import { randomUUID } from 'node:crypto';
import type { ContactRequestCreate } from '@oz/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export function aContactRequestBody(overrides: Partial<ContactRequestCreate> = {}): ContactRequestCreate {
  return {
    subject: 'self',
    firstName: 'Camille',
    phone: '06 12 34 56 78',
    preferredSlots: ['morning'],
    postalCode: '75011',
    ...overrides,
  };
}

export interface SubmittedRequest {
  id: string;
  trackingToken: string;
  dueAt: string;
}

export function postContactRequest(
  app: FastifyInstance,
  body: unknown,
  idempotencyKey: string = randomUUID(),
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/contact-requests',
    headers: { 'idempotency-key': idempotencyKey },
    payload: body as Record<string, unknown>,
  });
}

export async function submitContactRequest(
  app: FastifyInstance,
  overrides: Partial<ContactRequestCreate> = {},
): Promise<SubmittedRequest> {
  const response = await postContactRequest(app, aContactRequestBody(overrides));
  if (response.statusCode !== 201)
    throw new Error(`submission failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
