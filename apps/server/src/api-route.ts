// Whether a request is for the API, decided on the route the router matched (after percent-decoding), never on
// the raw URL: `/%61pi/shares` is `/api/shares` (issue 9). Rate limits and `Cache-Control: no-store` rely on it.
import type { FastifyRequest } from 'fastify';

export function isApiRoute(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return route !== undefined && (route === '/api' || route.startsWith('/api/'));
}

/** No route matched (a 404): treated like the API unless the app shell answers it (it sets its own caching). */
export function isUnmatched(request: FastifyRequest): boolean {
  return request.routeOptions.url === undefined;
}
