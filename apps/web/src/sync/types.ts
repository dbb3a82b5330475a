/**
 * Records of the offline outbox and of what the person sent to a server (issue 5). They live in
 * IndexedDB next to the diary (schema version 3), so a request typed offline is never lost.
 */

export type OutboxKind = 'contact-request' | 'contact-withdrawal' | 'share-upload' | 'share-revoke';

/**
 * One network-only action waiting to be sent. `key` is the idempotency key: generated once when the
 * action is queued and re-sent unchanged on every retry, so the server never creates it twice.
 */
export interface OutboxItem {
  readonly key: string;
  readonly kind: OutboxKind;
  readonly method: 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  /** JSON body, or null for a DELETE. */
  readonly body: unknown;
  /** Tracking or share token sent as `Authorization: Bearer`, when the route needs one. */
  readonly bearer: string | null;
  /** The local record this action belongs to (e.g. a contact request's localId). */
  readonly ownerId: string;
  readonly queuedAt: string;
  readonly attempts: number;
  /** Epoch ms before which no retry is made (exponential backoff). */
  readonly nextAttemptAt: number;
  /** Set when the server refused the action for good (4xx): it is no longer retried. */
  readonly rejected: { readonly code: string; readonly message: string } | null;
}

export type ContactRequestState = 'queued' | 'sent' | 'rejected' | 'withdrawn';

/** A contact request as the person's device remembers it (never the professionals' notes). */
export interface LocalContactRequest {
  readonly localId: string;
  readonly idempotencyKey: string;
  readonly state: ContactRequestState;
  readonly subject: 'self' | 'entourage';
  readonly firstName: string;
  readonly queuedAt: string;
  /** Known once the server accepted it. */
  readonly server: {
    readonly id: string;
    readonly trackingToken: string;
    readonly createdAt: string;
    readonly dueAt: string;
  } | null;
  /** Last status read from the server, for the status page when offline. */
  readonly lastStatus: string | null;
  readonly lastCheckedAt: string | null;
}

/** A link with a professional's structure (invitation redeemed) and what is shared through it. */
export interface LocalShare {
  readonly id: string;
  readonly shareToken: string;
  readonly structure: { readonly id: string; readonly name: string };
  readonly linkedAt: string;
  readonly scopes: readonly ('diary' | 'screening')[];
  readonly lastUploadedAt: string | null;
  /** Set when the person stopped sharing; the record goes once the server confirmed the deletion. */
  readonly revokeRequestedAt: string | null;
  /**
   * Keep the server copy up to date when the diary or the results change (issue 11). Absent on links made
   * before this existed: treated as on, and shown (and changeable) on the share's page.
   */
  readonly autoRefresh?: boolean;
  /** Digest of the last data queued for upload: an identical summary is never sent again. */
  readonly sentDigest?: string;
}
