import type { ShareLink } from '@oz/contracts';

/** The person-side sharing routes (issue 5): redeem an invitation code, then upload / revoke with the token. */
export const SHARES_PATH = '/api/shares';

export function sharePath(id: string): string {
  return `${SHARES_PATH}/${encodeURIComponent(id)}`;
}

/** PUT replaces the server copy with what the person chose. */
export function shareDataPath(id: string): string {
  return `${sharePath(id)}/data`;
}

export type RedeemResult =
  | { readonly kind: 'linked'; readonly link: ShareLink }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'tooMany' }
  | { readonly kind: 'failed' };

function isShareLink(body: unknown): body is ShareLink {
  if (typeof body !== 'object' || body === null) return false;
  const value = body as Record<string, unknown>;
  const structure = value['structure'] as Record<string, unknown> | null | undefined;
  return (
    typeof value['id'] === 'string' &&
    typeof value['shareToken'] === 'string' &&
    typeof structure === 'object' &&
    structure !== null &&
    typeof structure['name'] === 'string' &&
    typeof structure['id'] === 'string'
  );
}

/** Normalises what was typed the way the server does (spaces and dashes dropped, upper case). */
export function normaliseCode(typed: string): string {
  return typed.trim().toUpperCase().replace(/[\s-]/g, '');
}

/** Redeeming needs the network at once (the answer is the link itself): it is not queued. */
export async function redeemCode(
  code: string,
  fetchFn: (path: string, init: RequestInit) => Promise<Response> = (path, init) => fetch(path, init),
): Promise<RedeemResult> {
  if (navigator.onLine === false) return { kind: 'offline' };
  try {
    const response = await fetchFn(SHARES_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ code: normaliseCode(code) }),
      credentials: 'omit',
    });
    if (response.status === 400 || response.status === 404 || response.status === 410)
      return { kind: 'invalid' };
    if (response.status === 429) return { kind: 'tooMany' };
    if (!response.ok) return { kind: 'failed' };
    const body: unknown = await response.json();
    return isShareLink(body) ? { kind: 'linked', link: body } : { kind: 'failed' };
  } catch {
    return { kind: 'offline' };
  }
}
