// Answers whose JSON is assembled ahead of time from already-validated data (the directory index, the
// snapshot): Fastify sends a string or a buffer (UTF-8) with a JSON content type as is, without running the
// response serialiser.
// Routes declare `Reply: PrebuiltJson` and keep their response schema for the OpenAPI document; their tests
// parse the answers against it.
export type PrebuiltJson = string | Buffer;

export const JSON_TYPE = 'application/json; charset=utf-8';
