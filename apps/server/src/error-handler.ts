// One error shape for every failure: `{ "error": { "code", "message" } }`. Domain errors (errors.ts) get the
// status of their kind; bad input is a 4xx naming the field; a 5xx means a bug, and its details stay in the log,
// never in the answer.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, STATUS_OF_KIND, TooManyAttemptsError } from './errors.js';

interface RateLimitRejection {
  statusCode: 429;
  error: { code: string; message: string };
}

function isRateLimitRejection(error: unknown): error is RateLimitRejection {
  return typeof error === 'object' && error !== null && 'statusCode' in error && error.statusCode === 429;
}

/** Fastify's own 4xx codes, renamed for clients (the rest become `snake_case` of their FST_ERR_ code). */
const FRAMEWORK_CODES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_content_length',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_BAD_URL: 'bad_url',
  FST_ERR_MAX_PARAM_LENGTH: 'path_too_long',
  // @fastify/static: a path outside the web root, or with a NUL byte.
  FST_STATIC_FORBIDDEN_PATH: 'forbidden_path',
};

/** Codes of errors raised without one (e.g. a 403 from the static file server on a directory). */
const CODES_OF_STATUS: Readonly<Record<number, string>> = {
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

function codeOf(frameworkCode: string): string {
  return FRAMEWORK_CODES[frameworkCode] ?? frameworkCode.replace(/^FST_ERR_/, '').toLowerCase();
}

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** Sends the error's reply (returns nothing: `frameworkErrors` takes a callback, not a thenable reply). */
export function handleError(
  error: FastifyError | DomainError | RateLimitRejection,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error instanceof DomainError) {
    if (error instanceof TooManyAttemptsError) {
      const seconds = Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000));
      reply.header('retry-after', String(seconds));
    }
    reply.code(STATUS_OF_KIND[error.kind]).send({ ...errorBody(error.code, error.message), ...error.extra });
    return;
  }
  if (isRateLimitRejection(error)) {
    reply.code(429).send({ error: error.error });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const [first] = error.validation;
    const field =
      first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'request';
    const message = `${field}: ${first?.message ?? 'invalid value'}`;
    reply.code(400).send(errorBody('invalid_request', message));
    return;
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = error.code === undefined ? (CODES_OF_STATUS[status] ?? 'bad_request') : codeOf(error.code);
    reply.code(status).send(errorBody(code, error.message));
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  reply.code(500).send(errorBody('internal_error', 'Internal server error.'));
}
