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
    const config = loadProConfig();
    if (config.NODE_ENV === 'production' && config.OZ_PUBLIC_URL === undefined) {
      app.log.warn('OZ_PUBLIC_URL is not set: e-mail links and invitation QR codes will point to HOST:PORT');
    }
    if (config.OZ_MAIL_DISABLED) {
      app.log.warn(
        'OZ_MAIL_DISABLED=true: no e-mail is sent (teams learn of new requests only in the workspace)',
      );
    }
    app.decorate('proConfig', config);
  },
  { name: 'oz-pro-config' },
);
