// The person's side of a link with a professional, without an account: redeem an invitation code (→ a share
// token), upload exactly what they chose, see what is shared, stop sharing (the server copy is deleted). Each
// change and its audit entry are one transaction.
import type { SharedData, ShareLink, ShareView } from '@oz/contracts';
import type { AuditEvent } from '../db/repositories/audit.repository.js';
import type { ShareRecord } from '../db/repositories/shares.repository.js';
import type { Repositories, Transact } from '../db/store.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { randomToken, sameSecret, sha256 } from '../pro/tokens.js';

export interface PersonSharesDependencies {
  transact: Transact<Pick<Repositories, 'shares' | 'audit'>>;
  reads: Pick<Repositories, 'shares' | 'profiles'>;
  now: () => Date;
}

const shareNotFound = (): NotFoundError =>
  new NotFoundError('share_not_found', 'No such share, or sharing was stopped.');

function personAudit(action: 'share.link' | 'share.update' | 'share.revoke', share: ShareRecord): AuditEvent {
  return {
    actorId: null,
    actorRole: 'person',
    action,
    structureId: share.structureId,
    subjectType: 'share',
    subjectId: share.id,
  };
}

export class PersonSharesService {
  constructor(private readonly deps: PersonSharesDependencies) {}

  private async structureOf(share: ShareRecord): Promise<{ id: string; name: string }> {
    const structure = await this.deps.reads.profiles.structureName(share.structureId);
    return { id: share.structureId, name: structure?.name ?? '' };
  }

  /** The share if `token` is its share token; an unknown id and a wrong token look the same (404). */
  private async withToken(id: string, token: string): Promise<ShareRecord> {
    const share = await this.deps.reads.shares.findShare(id);
    if (share === undefined || !sameSecret(share.tokenHash, sha256(token))) throw shareNotFound();
    return share;
  }

  /** Opens a share from a valid invitation code (nothing is shared yet). */
  async redeem(code: string): Promise<ShareLink> {
    const shareToken = randomToken(32);
    const now = this.deps.now();
    const share = await this.deps.transact(async ({ shares, audit }) => {
      const opened = await shares.redeem(code, sha256(shareToken), now);
      if (opened === undefined)
        throw new NotFoundError('invitation_not_found', 'code: unknown, expired or already used code');
      await audit.record(personAudit('share.link', opened), now);
      return opened;
    });
    return { id: share.id, shareToken, structure: await this.structureOf(share) };
  }

  async view(id: string, token: string): Promise<ShareView> {
    const share = await this.withToken(id, token);
    return {
      id: share.id,
      structure: await this.structureOf(share),
      createdAt: share.createdAt,
      updatedAt: share.updatedAt,
      data: share.data,
    };
  }

  /** Replaces the shared data with what the person chose (absent parts are no longer shared). */
  async replace(id: string, token: string, data: SharedData): Promise<ShareView> {
    const share = await this.withToken(id, token);
    if (data.diaryWeeks === undefined && data.diaryDays === undefined && data.screenings === undefined) {
      throw new InvalidInputError(
        'invalid_request',
        'diaryWeeks: share something, or stop sharing with DELETE',
      );
    }
    const now = this.deps.now();
    await this.deps.transact(async ({ shares, audit }) => {
      await shares.replaceData(share.id, data, now);
      await audit.record(personAudit('share.update', share), now);
    });
    return this.view(id, token);
  }

  /** Stops sharing: the server copy is deleted. */
  async revoke(id: string, token: string): Promise<void> {
    const share = await this.withToken(id, token);
    const now = this.deps.now();
    await this.deps.transact(async ({ shares, audit }) => {
      if (!(await shares.deleteShare(share.id))) throw shareNotFound();
      await audit.record(personAudit('share.revoke', share), now);
    });
  }
}
