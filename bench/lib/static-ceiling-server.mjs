// The static ceiling: a bare Fastify with @fastify/static alone on the same built app and the same options as
// Oz's web host (precompressed copies chosen by Accept-Encoding), no other plugin, no hook, no logger. What Oz
// adds on top — security headers, cache headers, rate-limit routing, the app-shell fallback — is what the ratio
// measures.
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { serve } from './workers.mjs';

serve(async ({ root }) => {
  const app = Fastify({ logger: false });
  await app.register(fastifyStatic, { root, wildcard: true, index: false, preCompressed: true });
  app.get('/', (_request, reply) => reply.sendFile('index.html'));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: app.server.address().port, close: () => app.close() };
});
