// The workspace API (apps/server/src/routes/api/pro/README.md) as a platform admin or a professional uses it:
// session cookie + X-CSRF-Token on every write. Used to set the scene (a structure on Oz, its team) and to
// check the server side of what the UI did; the stories themselves are driven through the UI.
import { randomUUID } from 'node:crypto';
import { expect, request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { baseURL } from './env.js';
import { createUserWithCli } from './pro-cli.js';

export interface QueueItem {
  readonly id: string;
  readonly firstName: string | null;
  readonly status: string;
  readonly structureId: string | null;
  readonly postalCode: string | null;
  readonly assignedTo: { readonly id: string; readonly displayName: string } | null;
}

async function json<T>(response: APIResponse, what: string): Promise<T> {
  expect(response.ok(), `${what}: HTTP ${String(response.status())} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export class ProApi {
  private constructor(
    private readonly context: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  /** POST /api/pro/session: the cookie stays in this client, the CSRF token goes with every write. */
  static async signIn(email: string, password: string): Promise<ProApi> {
    const context = await request.newContext({ baseURL });
    const session = await json<{ csrfToken: string }>(
      await context.post('/api/pro/session', { data: { email, password } }),
      `sign in as ${email}`,
    );
    return new ProApi(context, session.csrfToken);
  }

  async get<T>(path: string): Promise<T> {
    return json<T>(await this.context.get(path), `GET ${path}`);
  }

  async write<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, data: unknown): Promise<T> {
    const response = await this.context.fetch(path, {
      method,
      data,
      headers: { 'x-csrf-token': this.csrfToken },
    });
    return json<T>(response, `${method} ${path}`);
  }

  /** Every request of a queue, open or not (the server caps a page at 200). */
  async queue(structureId: string): Promise<QueueItem[]> {
    const statuses = 'new,assigned,contacted,appointment_scheduled,referred,closed_unreachable,closed';
    const query = new URLSearchParams({ structureId, status: statuses, limit: '200' });
    const answer = await this.get<{ requests: QueueItem[] }>(`/api/pro/requests?${query.toString()}`);
    return answer.requests;
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }
}

export interface Account {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
}

export interface StructureTeam {
  readonly structure: { readonly id: string; readonly name: string };
  /** The postal code whose requests this structure receives. */
  readonly postalCode: string;
  readonly admin: Account;
  /** Created by the admin: `password` is the one-time password, to be changed at first sign-in. */
  readonly professional: Account;
}

/** A suffix that keeps accounts and names apart when a server is reused across runs. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

async function nearestStructure(postalCode: string): Promise<{ id: string; name: string }> {
  const context = await request.newContext({ baseURL });
  try {
    const answer = await json<{ structures: { id: string; name: string }[] }>(
      await context.get(`/api/structures?near=${postalCode}&limit=1`),
      `structures near ${postalCode}`,
    );
    const [first] = answer.structures;
    if (first === undefined) throw new Error(`no structure near ${postalCode} in the shipped directory`);
    return first;
  } finally {
    await context.dispose();
  }
}

/**
 * The scene of issue 5: the first platform admin created by the CLI, who brings the structure nearest to
 * Toulouse onto Oz (it then receives the requests of Haute-Garonne) and creates a professional there.
 */
export async function setUpStructureTeam(): Promise<StructureTeam> {
  const suffix = uniqueSuffix();
  const admin: Account = {
    email: `admin-${suffix}@oz.test`,
    displayName: `Admin ${suffix}`,
    password: `phrase de passe admin ${suffix}`,
  };
  await createUserWithCli({ role: 'admin', email: admin.email, name: admin.displayName, password: admin.password });
  const postalCode = '31000';
  const structure = await nearestStructure(postalCode);
  const api = await ProApi.signIn(admin.email, admin.password);
  try {
    await api.write('PUT', `/api/pro/structures/${encodeURIComponent(structure.id)}`, {
      servesDepartements: ['31'],
      receivesRequests: true,
      acceptingNewPeople: true,
    });
    const displayName = `Camille ${suffix}`;
    const email = `camille-${suffix}@oz.test`;
    const created = await api.write<{ temporaryPassword: string }>('POST', '/api/pro/users', {
      email,
      displayName,
      role: 'professional',
      structureId: structure.id,
    });
    return {
      structure,
      postalCode,
      admin,
      professional: { email, displayName, password: created.temporaryPassword },
    };
  } finally {
    await api.dispose();
  }
}

/** The professional's first sign-in done through the API: the one-time password replaced by `newPassword`. */
export async function activateAccount(account: Account, newPassword: string): Promise<Account> {
  const api = await ProApi.signIn(account.email, account.password);
  try {
    await api.write('PUT', '/api/pro/me/password', { currentPassword: account.password, newPassword });
  } finally {
    await api.dispose();
  }
  return { ...account, password: newPassword };
}
