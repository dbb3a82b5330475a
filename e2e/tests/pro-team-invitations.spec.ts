// Issue 9 — a structure admin invites colleagues and never learns whether an address already has an account on
// Oz: the same « Invitation envoyée » and the same pending line for a fresh and a taken address. The e-mails are
// real (the server's own process sends them over SMTP to a local server): the fresh address gets a link whose
// fragment carries the token, opens it, chooses a password and lands signed in; the taken one gets a notice
// without any link.
import { startTestSmtp } from '../../apps/server/src/test-support/smtp.js';
import type { ReceivedEmail, TestSmtp } from '../../apps/server/src/test-support/smtp.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { startOwnServer } from '../support/oz-server.js';
import type { OwnServer } from '../support/oz-server.js';
import { createUserWithCli } from '../support/pro-cli.js';
import { expect, test } from '../support/test.js';

let smtp: TestSmtp;
let server: OwnServer;

test.beforeAll(async () => {
  smtp = await startTestSmtp();
  // Jobs every 200 ms so the mail job (every 15 s) runs as soon as it is due.
  server = await startOwnServer({ SMTP_URL: smtp.url, OZ_JOBS_INTERVAL_MS: '200' });
});

test.afterAll(async () => {
  await server.stop();
  await smtp.close();
});

/** The text of an e-mail as its reader sees it (nodemailer sends French text quoted-printable or base64). */
function textOf(email: ReceivedEmail): string {
  const split = email.raw.indexOf('\r\n\r\n');
  const headers = email.raw.slice(0, split);
  const body = email.raw.slice(split + 4);
  if (/content-transfer-encoding:\s*base64/i.test(headers))
    return Buffer.from(body, 'base64').toString('utf8');
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return body;
  const bytes = body
    .replace(/=\r?\n/g, '')
    .split(/(=[0-9A-F]{2})/)
    .map((part) =>
      /^=[0-9A-F]{2}$/.test(part) ? Buffer.from([parseInt(part.slice(1), 16)]) : Buffer.from(part),
    );
  return Buffer.concat(bytes).toString('utf8');
}

async function mailTo(address: string): Promise<string> {
  await expect
    .poll(() => smtp.received.some((email) => email.to.includes(address)), { timeout: 45_000 })
    .toBe(true);
  const email = smtp.received.find((candidate) => candidate.to.includes(address));
  if (email === undefined) throw new Error(`no e-mail to ${address}`);
  return textOf(email);
}

test('a structure admin invites; the invitee chooses a password and is signed in', async ({
  page,
  browser,
  request,
}) => {
  const nearest = await request.get(`${server.baseURL}/api/structures?near=31000&limit=1`);
  const structure = ((await nearest.json()) as { structures: { id: string }[] }).structures[0];
  if (structure === undefined) throw new Error('no structure near 31000 in the shipped directory');
  const admin = { email: 'admin.toulouse@oz.test', password: 'phrase de passe de l’admin' };
  await createUserWithCli(
    { role: 'structure-admin', name: 'Admin Toulouse', structureId: structure.id, ...admin },
    server,
  );
  await createUserWithCli(
    {
      role: 'professional',
      name: 'Déjà là',
      structureId: structure.id,
      email: 'deja@oz.test',
      password: 'une autre phrase de passe',
    },
    server,
  );

  await page.goto(`${server.baseURL}/pro`);
  await page.getByRole('textbox', { name: 'Adresse électronique' }).fill(admin.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('link', { name: 'Équipe' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Équipe');
  const team = page.getByRole('region', { name: 'Équipe' });
  const pending = page.getByRole('region', { name: 'Invitations en attente' });

  const form = page
    .locator('form')
    .filter({ has: page.getByRole('heading', { name: 'Inviter un membre de l’équipe' }) });
  for (const [name, email] of [
    ['Lou Martin', 'lou@oz.test'],
    ['Déjà là', 'deja@oz.test'],
  ] as const) {
    await form.getByLabel('Nom affiché').fill(name);
    await form.getByLabel('Courriel').fill(email);
    await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(page.getByRole('status')).toHaveText(`Invitation envoyée à ${email}.`);
    await expect(pending.getByRole('cell', { name: email, exact: true })).toBeVisible();
  }

  await expectNoAxeViolations(page, 'team page with pending invitations');

  const notice = await mailTo('deja@oz.test');
  expect(notice).toContain('Vous avez déjà un compte sur Oz');
  expect(notice).not.toMatch(/https?:\/\//);
  const invitation = await mailTo('lou@oz.test');
  const link = /(http:\/\/\S+\/pro\/invitation#[A-Za-z0-9_-]{43})/.exec(invitation)?.[1];
  expect(link).toBeDefined();

  const invitee = await browser.newPage();
  await invitee.goto(link ?? '');
  await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Rejoindre votre équipe sur Oz');
  expect(new URL(invitee.url()).hash).toBe('');
  await expectNoAxeViolations(invitee, 'invitation page');
  await invitee.getByLabel('Mot de passe', { exact: true }).fill('ma phrase de passe à moi');
  await invitee.getByLabel('Mot de passe, une deuxième fois').fill('ma phrase de passe à moi');
  await invitee.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('File des demandes');
  await invitee.close();

  await page.reload();
  await expect(team.getByRole('cell', { name: 'lou@oz.test', exact: true })).toBeVisible();
  await expect(pending.getByRole('cell', { name: 'deja@oz.test', exact: true })).toBeVisible();
  await expect(pending.getByRole('cell', { name: 'lou@oz.test', exact: true })).toHaveCount(0);
});
