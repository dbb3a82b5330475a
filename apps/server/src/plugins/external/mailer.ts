// Outgoing e-mail through SMTP (nodemailer, SMTP_URL). Without SMTP_URL (development) messages are dropped with a
// warning that gives only their count: e-mails carry addresses, never logged.
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';
import type { EmailMessage } from '../../db/repositories/outbox.repository.js';

export interface Mailer {
  readonly configured: boolean;
  send(message: EmailMessage): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

export default fp(
  async (app) => {
    const { SMTP_URL, OZ_MAIL_FROM } = app.proConfig;
    if (SMTP_URL === undefined) {
      app.decorate('mailer', {
        configured: false,
        async send() {
          app.log.warn('SMTP_URL is not set: 1 e-mail dropped');
        },
      } satisfies Mailer);
      return;
    }
    const transport = nodemailer.createTransport(SMTP_URL);
    app.addHook('onClose', () => transport.close());
    app.decorate('mailer', {
      configured: true,
      async send(message) {
        await transport.sendMail({
          from: OZ_MAIL_FROM,
          to: message.to,
          subject: message.subject,
          text: message.body,
        });
      },
    } satisfies Mailer);
  },
  { name: 'oz-mailer', dependencies: ['oz-pro-config'] },
);
