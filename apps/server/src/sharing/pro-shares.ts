// The workspace's side of links with people: invitation codes, the people linked with the structure and what
// each chose to share. Views and changes are audited (in the same transaction as what they record); another
// structure's share answers 404 and is audited.
import { INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH, INVITATION_TTL_HOURS } from '@oz/contracts';
import type { Invitation } from '@oz/contracts';
import type { ShareRecord } from '../db/repositories/shares.repository.js';
import type { Repositories, Transact } from '../db/store.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { auditOf, canActOnStructure, isPlatformAdmin } from '../pro/access.js';
import type { AccessRefusals, Actor } from '../pro/access.js';
import { randomCode } from '../pro/tokens.js';
import { shareSummaryOf } from './share-views.js';

export interface ProSharesDependencies {
  transact: Transact<Pick<Repositories, 'shares' | 'audit'>>;
  reads: Pick<Repositories, 'shares'>;
  refusals: AccessRefusals;
  now: () => Date;
  publicUrl: string;
}

const shareNotFound = (): NotFoundError =>
  new NotFoundError('share_not_found', 'No such link in your structure (or the person stopped sharing).');

export class ProSharesService {
  constructor(private readonly deps: ProSharesDependencies) {}

  /** A short code to read aloud or type, and the URL to show as a QR code. Valid 72 h, once. */
  async invite(actor: Actor, label: string | undefined): Promise<Invitation> {
    if (actor.structureId === null) {
      throw new ForbiddenError(
        'no_structure',
        'Invitations link a person with a structure: your account has none.',
      );
    }
    const structureId = actor.structureId;
    const now = this.deps.now();
    const code = randomCode(INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH);
    const invitation = await this.deps.transact(async ({ shares, audit }) => {
      const created = await shares.createInvitation(
        {
          code,
          structureId,
          createdBy: actor.userId,
          label: label ?? null,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_HOURS * 3_600_000),
        },
        now,
      );
      await audit.record(
        auditOf(actor, 'invitation.create', structureId, { type: 'invitation', id: created.id }),
        now,
      );
      return created;
    });
    return {
      id: invitation.id,
      code,
      url: `${this.deps.publicUrl}/lien?code=${code}`,
      expiresAt: invitation.expiresAt,
      label: invitation.label,
    };
  }

  async list(actor: Actor) {
    const structureId = isPlatformAdmin(actor) ? undefined : (actor.structureId ?? '');
    const now = this.deps.now();
    const shares = await this.deps.transact(async ({ shares: repository, audit }) => {
      await audit.record(
        auditOf(actor, 'shares.list', structureId ?? null, { type: 'share', id: null }),
        now,
      );
      return repository.listShares(structureId);
    });
    return { shares: shares.map(shareSummaryOf) };
  }

  private async visible(actor: Actor, id: string): Promise<ShareRecord> {
    const share = await this.deps.reads.shares.findShare(id);
    if (share === undefined) throw shareNotFound();
    if (!canActOnStructure(actor, share.structureId)) {
      throw await this.deps.refusals.notFound(actor, { type: 'share', id }, shareNotFound());
    }
    return share;
  }

  /** What one linked person shares; the view is audited. */
  async detail(actor: Actor, id: string) {
    const share = await this.visible(actor, id);
    await this.deps.transact(({ audit }) =>
      audit.record(auditOf(actor, 'share.view', share.structureId, { type: 'share', id }), this.deps.now()),
    );
    return { ...shareSummaryOf(share), data: share.data };
  }

  /** Ends the link (e.g. when the follow-up ends): the shared data is deleted. */
  async end(actor: Actor, id: string): Promise<void> {
    const share = await this.visible(actor, id);
    const now = this.deps.now();
    await this.deps.transact(async ({ shares, audit }) => {
      if (!(await shares.deleteShare(id))) throw shareNotFound();
      await audit.record(auditOf(actor, 'share.end', share.structureId, { type: 'share', id }), now);
    });
  }
}
