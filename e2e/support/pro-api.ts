// The workspace API (apps/server/src/routes/api/pro/README.md) as a platform admin or a professional uses it:
// session cookie + X-CSRF-Token on every write. Used to set the scene (a structure on Oz, its team) and to
// check the server side of what the UI did; the stories themselves are driven through the UI.
import { randomUUID } from 'node:crypto';
import { expect, type APIRequest, type APIRequestContext, type APIResponse } from '@playwright/test';
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
  static async signIn(requests: APIRequest, email: string, password: string): Promise<ProApi> {
    const context = await requests.newContext({ baseURL });
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

export interface Structure {
  readonly id: string;
  readonly name: string;
}

/** Where a team works: the structure nearest to `postalCode` joins Oz and serves its `departement`. */
export interface Area {
  readonly postalCode: string;
  readonly departement: string;
}

export const TOULOUSE: Area = { postalCode: '31000', departement: '31' };
export const PARIS: Area = { postalCode: '75011', departement: '75' };

export interface StructureTeam {
  readonly structure: Structure;
  /** A postal code whose requests this structure receives. */
  readonly postalCode: string;
  /** A professional of the structure who has already chosen their own password. */
  readonly professional: Account;
}

/** A suffix that keeps accounts and names apart when a server is reused across runs. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

async function nearestStructure(requests: APIRequest, postalCode: string): Promise<Structure> {
  const context = await requests.newContext({ baseURL });
  try {
    const answer = await json<{ structures: Structure[] }>(
      await context.get(`/api/structures?near=${postalCode}&limit=1`),
      `structures near ${postalCode}`,
    );
    const [first] = answer.structures;
    if (first === undefined) throw new Error(`no structure near ${postalCode} in the shipped directory`);
    return { id: first.id, name: first.name };
  } finally {
    await context.dispose();
  }
}

/** The professional's first sign-in done through the API: the one-time password replaced by `newPassword`. */
async function activateAccount(
  requests: APIRequest,
  account: Account,
  newPassword: string,
): Promise<Account> {
  const api = await ProApi.signIn(requests, account.email, account.password);
  try {
    await api.write('PUT', '/api/pro/me/password', { currentPassword: account.password, newPassword });
  } finally {
    await api.dispose();
  }
  return { ...account, password: newPassword };
}

/**
 * The scene of issue 5, set once per worker (sign-ins are rate-limited per address, 20 a minute): the first
 * platform admin created by the CLI, who brings the structures nearest to Toulouse and to Paris onto Oz (each
 * then receives the requests of its département) and gives each a professional.
 */
export class ProScene {
  private constructor(
    /** The platform admin's API session. */
    readonly admin: ProApi,
    readonly toulouse: StructureTeam,
    readonly paris: StructureTeam,
  ) {}

  static async setUp(requests: APIRequest): Promise<ProScene> {
    const suffix = uniqueSuffix();
    const email = `admin-${suffix}@oz.test`;
    const password = `phrase de passe admin ${suffix}`;
    await createUserWithCli({ role: 'admin', email, name: `Admin ${suffix}`, password });
    const admin = await ProApi.signIn(requests, email, password);
    const toulouse = await ProScene.team(requests, admin, TOULOUSE);
    const paris = await ProScene.team(requests, admin, PARIS);
    return new ProScene(admin, toulouse, paris);
  }

  private static async team(requests: APIRequest, admin: ProApi, area: Area): Promise<StructureTeam> {
    const structure = await nearestStructure(requests, area.postalCode);
    await admin.write('PUT', `/api/pro/structures/${encodeURIComponent(structure.id)}`, {
      servesDepartements: [area.departement],
      receivesRequests: true,
      acceptingNewPeople: true,
    });
    const created = await ProScene.createProfessional(admin, structure);
    const professional = await activateAccount(requests, created, `phrase de passe pro ${uniqueSuffix()}`);
    return { structure, postalCode: area.postalCode, professional };
  }

  private static async createProfessional(admin: ProApi, structure: Structure): Promise<Account> {
    const suffix = uniqueSuffix();
    const account = { email: `camille-${suffix}@oz.test`, displayName: `Camille ${suffix}` };
    const created = await admin.write<{ temporaryPassword: string }>('POST', '/api/pro/users', {
      ...account,
      role: 'professional',
      structureId: structure.id,
    });
    return { ...account, password: created.temporaryPassword };
  }

  /** A new colleague in `team`'s structure, as the admin creates it: `password` is the one-time password. */
  async newProfessional(team: StructureTeam): Promise<Account> {
    return ProScene.createProfessional(this.admin, team.structure);
  }

  /** Every request of `team`'s structure whose person gave this first name. */
  async requestsOf(team: StructureTeam, firstName: string): Promise<QueueItem[]> {
    const requests = await this.admin.queue(team.structure.id);
    return requests.filter((item) => item.firstName === firstName);
  }

  async tearDown(): Promise<void> {
    await this.admin.dispose();
  }
}
