// Texts of the e-mails about contact requests. Team e-mails carry no personal data at all (only a deadline and
// a link to the workspace, where access is logged); the person's confirmation repeats the safety numbers.
import type { EmailMessage } from '../db/repositories/outbox.repository.js';

const PARIS_TIME = { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' } as const;

/*
 * One formatter per locale, built once. Building an Intl.DateTimeFormat with a time zone allocates native ICU
 * data that V8 frees late or never: one per e-mail grew the server's RSS by ~26 KB per contact request (issue 9,
 * `npm run bench -- memory`). Formatting with a cached formatter allocates nothing that lasts.
 */
const PARIS_FORMATTERS = {
  fr: new Intl.DateTimeFormat('fr-FR', PARIS_TIME),
  en: new Intl.DateTimeFormat('en-GB', PARIS_TIME),
} as const;

function inParis(instant: Date, locale: 'fr' | 'en'): string {
  return PARIS_FORMATTERS[locale].format(instant);
}

export function newRequestEmails(
  recipients: readonly string[],
  requestId: string,
  dueAt: Date,
  publicUrl: string,
): EmailMessage[] {
  const due = inParis(dueAt, 'fr');
  return recipients.map((to) => ({
    to,
    kind: 'new_request',
    requestId,
    subject: `[Oz] Nouvelle demande de contact, à traiter avant le ${due}`,
    body: [
      'Bonjour,',
      '',
      'Une nouvelle demande de contact est arrivée dans la file de votre structure sur Oz.',
      `La personne attend un premier contact avant le ${due} (promesse de réponse sous 48 h).`,
      '',
      `Ouvrir la demande : ${publicUrl}/pro/demandes/${requestId}`,
      '',
      'Ce message ne contient volontairement aucune donnée personnelle.',
    ].join('\n'),
  }));
}

export function noContactAlertEmails(
  recipients: readonly string[],
  requestId: string,
  dueAt: Date,
  publicUrl: string,
): EmailMessage[] {
  const due = inParis(dueAt, 'fr');
  return recipients.map((to) => ({
    to,
    kind: 'no_contact_alert',
    requestId,
    subject: `[Oz] Alerte : demande sans contact depuis 36 h (échéance ${due})`,
    body: [
      'Bonjour,',
      '',
      'Une demande de contact attend un premier contact depuis 36 heures.',
      `Il reste moins de 12 heures pour tenir la promesse faite à la personne (échéance : ${due}).`,
      '',
      `Ouvrir la demande : ${publicUrl}/pro/demandes/${requestId}`,
    ].join('\n'),
  }));
}

export function personConfirmationEmail(
  to: string,
  requestId: string,
  dueAt: Date,
  locale: 'fr' | 'en',
): EmailMessage {
  const due = inParis(dueAt, locale);
  if (locale === 'en') {
    return {
      to,
      kind: 'person_confirmation',
      requestId,
      subject: 'Oz: your request has been received',
      body: [
        'Hello,',
        '',
        `Your request to talk to a professional has been received. Someone will contact you before ${due}.`,
        'You can follow or withdraw your request from the Oz app.',
        '',
        'Need to talk now? Alcool Info Service: 0 980 980 930, every day 8 am–2 am, free and anonymous.',
        'In an emergency, call 15 or 112.',
      ].join('\n'),
    };
  }
  return {
    to,
    kind: 'person_confirmation',
    requestId,
    subject: 'Oz : votre demande a bien été reçue',
    body: [
      'Bonjour,',
      '',
      `Votre demande a bien été reçue : un professionnel vous contactera avant le ${due}.`,
      'Vous pouvez suivre ou retirer votre demande depuis l’application Oz.',
      '',
      'Besoin de parler maintenant ? Alcool Info Service : 0 980 980 930, tous les jours de 8 h à 2 h, gratuit et anonyme.',
      'En cas d’urgence, appelez le 15 ou le 112.',
    ].join('\n'),
  };
}
