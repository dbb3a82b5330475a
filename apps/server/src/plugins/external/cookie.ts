// Cookie parsing and serialisation (the workspace session cookie, issue 5). No signing secret: the session id is
// 256 random bits looked up by hash in the database, so a forged value is simply unknown.
import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    await app.register(cookie);
  },
  { name: 'oz-cookie' },
);
