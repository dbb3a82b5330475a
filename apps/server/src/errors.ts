// Typed domain errors. Services and repositories throw these (never HTTP statuses); error-handler.ts is the one
// place that maps them to HTTP: `{ "error": { "code", "message" } }` with the status of their kind.
// `code` is the stable snake_case code clients switch on; `message` a readable English sentence naming the field
// to fix when there is one (`structureId: …`).

export type DomainErrorKind =
  'invalid_input' | 'not_signed_in' | 'forbidden' | 'not_found' | 'conflict' | 'too_many_attempts';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  constructor(
    readonly code: string,
    message: string,
    /** Extra top-level fields of the answer (e.g. the `candidates` of an ambiguous place). */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller sent something the rules refuse (HTTP 400). */
export class InvalidInputError extends DomainError {
  readonly kind = 'invalid_input';
}

/** No valid session, or wrong credentials (HTTP 401). */
export class NotSignedInError extends DomainError {
  readonly kind = 'not_signed_in';
}

/** Signed in, but the role does not allow it (HTTP 403). */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

/** Unknown, or outside what the caller may see: existence is never disclosed (HTTP 404). */
export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
}

/** The state changed or forbids it (closed request, reused key, taken e-mail…) (HTTP 409). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** Too many attempts for now (sign-in lockout) (HTTP 429). */
export class TooManyAttemptsError extends DomainError {
  readonly kind = 'too_many_attempts';

  constructor(
    code: string,
    message: string,
    readonly retryAt: Date,
  ) {
    super(code, message);
  }
}

/** HTTP status of each kind: the only mapping from the domain to HTTP. */
export const STATUS_OF_KIND: Readonly<Record<DomainErrorKind, number>> = {
  invalid_input: 400,
  not_signed_in: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_attempts: 429,
};
