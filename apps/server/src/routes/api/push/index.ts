// /api/push — Web Push facts browsers need before subscribing: the server's VAPID public key (the same for
// every process and across restarts: it is kept in the database).
import { PushPublicKeySchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const pushRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public-key',
    {
      schema: {
        summary: 'The VAPID public key to pass as applicationServerKey when subscribing to reminders',
        tags: ['reminders'],
        response: { 200: PushPublicKeySchema },
      },
    },
    async () => ({ publicKey: app.vapidKeys.publicKey }),
  );
};

export default pushRoutes;
