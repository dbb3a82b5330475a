// The ceiling: a bare Fastify (no plugins, no hooks, no logger) answering each path with a body captured from
// Oz. Whatever Oz does beyond this — validation, rate limiting, security headers, the search itself,
// serialisation — is what the ratio measures.
import Fastify from 'fastify';
import { serve } from './workers.mjs';

serve(async ({ bodies }) => {
  const byPath = new Map(Object.entries(bodies));
  const app = Fastify({ logger: false });
  app.get('/*', (request, reply) => {
    const [status, type, body] = byPath.get(request.url) ?? [404, 'text/plain', 'not captured'];
    return reply.code(status).type(type).send(body);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: app.server.address().port, close: () => app.close() };
});
