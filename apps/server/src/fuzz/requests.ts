// Property-based fuzzing of the HTTP API (issue 9): fast-check arbitraries of requests to every route of the
// OpenAPI document — valid bodies with one field made hostile, random JSON, malformed JSON, odd path
// parameters and query values, wrong or missing tokens, as each kind of caller. The property: no answer is a 5xx,
// and every 4xx is in the `{ error: { code, message } }` shape. Used bounded by `npm test` (fuzz.test.ts) and for
// longer by `npm run bench -- fuzz` against the compiled server. Dev tooling: the server never imports it.
import fc from 'fast-check';

export type Caller = 'anonymous' | 'professional' | 'structure_admin' | 'platform_admin';
export const CALLERS: readonly Caller[] = ['anonymous', 'professional', 'structure_admin', 'platform_admin'];

export interface FuzzRoute {
  method: string;
  /** OpenAPI path: `/api/pro/requests/{id}`. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
}

export interface FuzzRequest {
  caller: Caller;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | undefined;
}

/** What the fuzzer knows of the running app: ids that exist, valid bodies, bearer tokens. */
export interface FuzzContext {
  ids: readonly string[];
  bearerTokens: readonly string[];
  /** A valid body per `METHOD path`, to mutate one field at a time. */
  validBodies: Readonly<Record<string, Record<string, unknown>>>;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the OpenAPI document (the docs' own routes excepted). */
export function routesOf(document: {
  paths?: Record<string, Record<string, OpenApiOperation>>;
}): FuzzRoute[] {
  const routes: FuzzRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    if (path.startsWith('/api/docs')) continue;
    for (const method of METHODS) {
      const operation = operations[method];
      if (operation === undefined) continue;
      const parameters = operation.parameters ?? [];
      routes.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        hasBody: operation.requestBody !== undefined,
      });
    }
  }
  return routes;
}

/** Strings that broke or could break parsers, databases, logs and number coercion. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0007',
  'line\nbreak',
  '\u202Eevil',
  '\uD800',
  '😀'.repeat(40),
  'x'.repeat(5000),
  '0x10',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '2026-02-31',
  '9999-99-99T99:99:99Z',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '__proto__',
  'constructor',
  'platform',
  'Bearer ',
  'null',
  '%00',
  '%',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(0, -1, 0.5, 1e308, -1e308, 2 ** 53, Number.MIN_VALUE, 366, 10_000),
  fc.constant(null),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(hostileString, { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every byte of the UTF-8 text percent-encoded (a lone surrogate becomes U+FFFD, as a browser sends it). */
function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

function pathValue(context: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(context.ids.length > 0 ? context.ids : ['x'])) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileString.map((value) => percentEncode(value) || 'x') },
    { weight: 1, arbitrary: fc.constantFrom('%00', '%E0%A4%A', '..%2F..%2F', '%2e%2e') },
  );
}

function queryOf(route: FuzzRoute): fc.Arbitrary<string> {
  if (route.queryParams.length === 0) return fc.constant('');
  return fc
    .array(fc.tuple(fc.constantFrom(...route.queryParams), hostileString), { maxLength: 4 })
    .map((pairs) =>
      pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${percentEncode(v)}`).join('&')}`,
    );
}

function bodyOf(route: FuzzRoute, context: FuzzContext): fc.Arbitrary<string | undefined> {
  if (!route.hasBody) return fc.constant(undefined);
  const valid = context.validBodies[`${route.method} ${route.path}`];
  const mutated =
    valid === undefined
      ? fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value))
      : fc
          .tuple(fc.constantFrom(...Object.keys(valid), '__proto__', 'extra'), hostileJson, fc.boolean())
          .map(([key, value, drop]) => {
            const body = Object.fromEntries(
              Object.entries(valid).filter(([name]) => !(drop && name === key)),
            );
            if (!drop) body[key] = value;
            const json = JSON.stringify(body);
            // A literal "__proto__" key, as a hostile client would send it (prototype pollution).
            return key === '__proto__'
              ? json.replace('{', `{"__proto__":${JSON.stringify(value) ?? 'null'},`)
              : json;
          });
  return fc.oneof(
    { weight: 5, arbitrary: mutated },
    { weight: 1, arbitrary: fc.constant(valid === undefined ? '{}' : JSON.stringify(valid)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '1e999', '{"a":1}'.repeat(3)),
    },
  );
}

function headersOf(route: FuzzRoute, context: FuzzContext): fc.Arbitrary<Record<string, string>> {
  const bearer = fc.oneof(
    fc
      .constantFrom(...(context.bearerTokens.length > 0 ? context.bearerTokens : ['none']))
      .map((t) => `Bearer ${t}`),
    hostileString.map((value) => `Bearer ${value.replace(/[^\x20-\x7e]/g, '')}`),
    fc.constant('Basic dXNlcjpwYXNz'),
  );
  const key = fc.oneof(fc.uuid(), fc.constantFrom('short', 'k'.repeat(200), 'with space 0123456789'));
  return fc
    .record(
      {
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
        ),
        authorization: bearer,
        idempotencyKey: key,
      },
      { requiredKeys: ['contentType'] },
    )
    .map(({ contentType, authorization, idempotencyKey }) => ({
      ...(route.hasBody ? { 'content-type': contentType } : {}),
      ...(authorization === undefined ? {} : { authorization }),
      ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
    }));
}

/** One request to one of `routes`, as one of the callers. */
export function fuzzRequest(routes: readonly FuzzRoute[], context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...routes).chain((route) =>
    fc
      .record({
        caller: fc.constantFrom(...CALLERS),
        params: fc.array(pathValue(context), {
          minLength: route.pathParams.length,
          maxLength: route.pathParams.length,
        }),
        query: queryOf(route),
        payload: bodyOf(route, context),
        headers: headersOf(route, context),
      })
      .map(({ caller, params, query, payload, headers }) => {
        let index = 0;
        const path = route.path.replace(/\{[^}]+\}/g, () => params[index++] ?? 'x');
        return { caller, method: route.method, url: `${path}${query}`, headers, payload };
      }),
  );
}

/** Why an answer breaks the property, or undefined when it holds. */
export function problemOf(status: number, body: string): string | undefined {
  if (status >= 500) return `answered ${status}`;
  if (status < 400) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    const error =
      typeof parsed === 'object' && parsed !== null && 'error' in parsed ? parsed.error : undefined;
    const shaped =
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      typeof error.code === 'string' &&
      'message' in error &&
      typeof error.message === 'string';
    return shaped ? undefined : `answered ${status} without the error shape: ${body.slice(0, 200)}`;
  } catch {
    return `answered ${status} with a body that is not JSON: ${body.slice(0, 200)}`;
  }
}
