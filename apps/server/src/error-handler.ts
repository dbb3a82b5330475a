// One error shape for every failure: `{ "error": { "code", "message" } }`. Bad input is a 4xx naming the field;
// a 5xx means a bug, and its details stay in the log, never in the answer.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from './http-errors.js';

interface RateLimitRejection {
  statusCode: 429;
  error: { code: string; message: string };
}

function isRateLimitRejection(error: unknown): error is RateLimitRejection {
  return typeof error === 'object' && error !== null && 'statusCode' in error && error.statusCode === 429;
}

export function handleError(
  error: FastifyError | HttpError | RateLimitRejection,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof HttpError) {
    return reply
      .code(error.statusCode)
      .send({ error: { code: error.code, message: error.message }, ...error.extra });
  }
  if (isRateLimitRejection(error)) return reply.code(429).send({ error: error.error });
  if (hasZodFastifySchemaValidationErrors(error)) {
    const [first] = error.validation;
    const field =
      first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'request';
    const message = `${field}: ${first?.message ?? 'invalid value'}`;
    return reply.code(400).send({ error: { code: 'invalid_request', message } });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = (error.code ?? 'bad_request').replace(/^FST_ERR_/, '').toLowerCase();
    return reply.code(status).send({ error: { code, message: error.message } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send({ error: { code: 'internal_error', message: 'Internal server error.' } });
}
