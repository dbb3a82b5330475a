// Validated configuration of contact requests, the workspace, e-mail and jobs (pro/pro-config.ts).
import fp from 'fastify-plugin';
import { loadProConfig } from '../../pro/pro-config.js';
import type { ProConfig } from '../../pro/pro-config.js';

declare module 'fastify' {
  interface FastifyInstance {
    proConfig: ProConfig;
  }
}

export default fp(
  async (app) => {
    app.decorate('proConfig', loadProConfig());
  },
  { name: 'oz-pro-config' },
);
