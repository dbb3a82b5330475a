// Outgoing e-mail through SMTP (nodemailer, SMTP_URL). Without SMTP_URL (development, or OZ_MAIL_DISABLED in
// production) the mailer is not configured: the mail job records queued e-mails as dropped and warns with
// their count — e-mails carry addresses, never logged.
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';
import type { Mailer } from '../../jobs/contact-jobs.js';

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
          throw new Error('mail is not configured (SMTP_URL)');
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
