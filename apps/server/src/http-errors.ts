// Errors a route throws on purpose; the central error handler (app.ts) turns them into
// `{ "error": { "code", "message" } }` with their status.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Extra top-level fields of the answer (e.g. `candidates` of an ambiguous place). */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (code: string, message: string): HttpError => new HttpError(404, code, message);
