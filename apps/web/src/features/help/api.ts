import type * as Contracts from '@oz/contracts';
import type {
  Place,
  PostalCodeTable,
  Public,
  StructureSearchResponse,
  StructureSnapshot,
  StructureType,
} from '@oz/contracts';

/**
 * The care-finder's calls to the Oz API (same origin). Answers are validated before use or storage, by the
 * schemas of @oz/contracts loaded on the first answer: building them is a long task that has no place in the
 * screen's start-up (ADR 0009).
 */
const schemas = (): Promise<typeof Contracts> => import('@oz/contracts');

export type SearchOutcome =
  | { readonly kind: 'found'; readonly response: StructureSearchResponse }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Place[] }
  | { readonly kind: 'not_found' };

export interface SearchParams {
  readonly near?: string;
  readonly latitude?: number;
  readonly longitude?: number;
  readonly types?: readonly StructureType[] | undefined;
  readonly publicServed?: Public | undefined;
  readonly limit?: number;
}

/** The server could not be reached (offline, DNS, server down): the caller falls back on the cache. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network unavailable', { cause });
    this.name = 'NetworkError';
  }
}

export class ApiAnswerError extends Error {
  constructor(readonly status: number) {
    super(`unexpected API answer ${status}`);
    this.name = 'ApiAnswerError';
  }
}

async function get(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    throw new NetworkError(error);
  }
}

export function searchUrl(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.near !== undefined) query.set('near', params.near);
  if (params.latitude !== undefined) query.set('lat', params.latitude.toFixed(5));
  if (params.longitude !== undefined) query.set('lon', params.longitude.toFixed(5));
  if (params.types !== undefined && params.types.length > 0) query.set('types', params.types.join(','));
  if (params.publicServed !== undefined) query.set('public', params.publicServed);
  query.set('limit', String(params.limit ?? 20));
  return `/api/structures?${query.toString()}`;
}

export async function searchStructures(params: SearchParams): Promise<SearchOutcome> {
  const response = await get(searchUrl(params));
  if (response.status === 409) {
    return {
      kind: 'ambiguous',
      candidates: (await schemas()).AmbiguousPlaceResponseSchema.parse(await response.json()).candidates,
    };
  }
  if (response.status === 404) return { kind: 'not_found' };
  if (!response.ok) throw new ApiAnswerError(response.status);
  const { StructureSearchResponseSchema } = await schemas();
  return { kind: 'found', response: StructureSearchResponseSchema.parse(await response.json()) };
}

export async function suggestPlaces(query: string, signal: AbortSignal): Promise<Place[]> {
  const response = await get(`/api/places?${new URLSearchParams({ q: query, limit: '6' }).toString()}`, {
    signal,
  });
  if (!response.ok) return [];
  const { PlacesResponseSchema } = await schemas();
  return PlacesResponseSchema.parse(await response.json()).places;
}

export interface Revalidated<T> {
  readonly etag: string;
  /** Undefined when the server answered 304 (the cached copy is current). */
  readonly body: T | undefined;
}

async function revalidate<T>(
  url: string,
  etag: string | undefined,
  parse: (json: unknown) => Promise<T>,
): Promise<Revalidated<T>> {
  const response = await get(url, etag === undefined ? {} : { headers: { 'if-none-match': etag } });
  if (response.status === 304 && etag !== undefined) return { etag, body: undefined };
  if (!response.ok) throw new ApiAnswerError(response.status);
  return { etag: response.headers.get('etag') ?? '', body: await parse(await response.json()) };
}

export function fetchSnapshot(etag: string | undefined): Promise<Revalidated<StructureSnapshot>> {
  return revalidate('/api/structures/snapshot', etag, async (json) =>
    (await schemas()).StructureSnapshotSchema.parse(json),
  );
}

export function fetchPostalCodes(etag: string | undefined): Promise<Revalidated<PostalCodeTable>> {
  return revalidate('/api/places/postal-codes', etag, async (json) =>
    (await schemas()).PostalCodeTableSchema.parse(json),
  );
}
