import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { isEmail } from 'class-validator';
import { badUserInput } from '../../common/errors/app-error.js';
import { MailerService } from '../../common/mail/mailer.service.js';
import { SignInLinksService } from '../accounts/sign-in-links.service.js';
import { RolesService } from '../roles/roles.service.js';
import { NetworkRole } from '../networks/network.enums.js';
import { GatheringInvitationEntity } from './gathering-invitation.entity.js';
import type { GatheringEntity } from './gathering.entity.js';
import { GatheringRole, RegistrationStatus } from './gathering.enums.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import type {
  CreateInvitationInput,
  EmailInvitationsResult,
  GatheringInvitationModel,
  InvalidEmailLine,
  InviteByEmailInput,
  InvitationTree,
  InvitationTreeNode,
} from './invitation.model.js';
import { RegistrationEntity } from './registration.entity.js';

export const newInvitationCode = () => randomBytes(9).toString('base64url');
export const MAX_EMAIL_INVITATIONS = 500;

/** Invitation links and the cascade they make. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: RolesService,
    private readonly mailer: MailerService,
    private readonly links: SignInLinksService,
  ) {}

  private activeRegistration(gatheringId: string, personId: string): Promise<RegistrationEntity | null> {
    return this.dataSource
      .getRepository(RegistrationEntity)
      .findOneBy({ gatheringId, personId, status: Not(RegistrationStatus.CANCELLED) });
  }

  /**
   * Conveners and registrants issue links ("invite others from your network");
   * a link's parent is the invitation its issuer came through.
   */
  async create(
    input: CreateInvitationInput,
    gathering: GatheringEntity,
    viewer: Viewer,
    email: string | null = null,
  ): Promise<GatheringInvitationModel> {
    const convener = await this.roles.holdsAny(viewer.personId, 'gathering', gathering.id, [GatheringRole.CONVENER]);
    const registration = convener ? null : await this.activeRegistration(gathering.id, viewer.personId);
    if (!convener && !registration) throw gatheringsError(GatheringsError.CannotInvite);
    if (input.networkId && !(await this.roles.holdsAny(viewer.personId, 'network', input.networkId, Object.values(NetworkRole)))) {
      throw gatheringsError(GatheringsError.NotInNetwork);
    }
    const saved = await this.dataSource.getRepository(GatheringInvitationEntity).save({
      gatheringId: gathering.id,
      code: newInvitationCode(),
      issuedById: viewer.personId,
      networkId: input.networkId ?? null,
      parentId: registration?.invitationId ?? null,
      email,
    });
    return (await this.models([saved.id]))[0];
  }

  /**
   * Sends each address its own invitation link; people not on Weave also get a
   * one-time sign-in link. Bad lines are reported by line number, not sent.
   */
  async inviteByEmail(input: InviteByEmailInput, gathering: GatheringEntity, viewer: Viewer): Promise<EmailInvitationsResult> {
    const lines = input.emails.split(/\r?\n/);
    const filled = lines.filter((l) => l.trim() !== '').length;
    if (filled === 0) throw badUserInput({ emails: 'Add at least one email address, one per line.' });
    if (filled > MAX_EMAIL_INVITATIONS)
      throw badUserInput({ emails: `Invite at most ${MAX_EMAIL_INVITATIONS} people at a time (this list has ${filled}).` });

    const invalid: InvalidEmailLine[] = [];
    const firstLine = new Map<string, number>();
    const valid: string[] = [];
    lines.forEach((raw, index) => {
      const value = raw.trim().replace(/^<|>$/g, '');
      const line = index + 1;
      if (value === '') return;
      if (!isEmail(value)) return void invalid.push({ line, value: raw.trim(), reason: 'not an email address' });
      const key = value.toLowerCase();
      const earlier = firstLine.get(key);
      if (earlier) return void invalid.push({ line, value, reason: `the same address as line ${earlier}` });
      firstLine.set(key, line);
      valid.push(value);
    });

    const registered = new Set<string>(
      (
        await this.dataSource.query(
          `SELECT lower(p.email) AS email FROM registrations r JOIN people p ON p.id = r.person_id WHERE r.gathering_id = $1 AND r.status <> 'cancelled' AND lower(p.email) = ANY($2::text[])`,
          [gathering.id, valid.map((v) => v.toLowerCase())],
        )
      ).map((r: { email: string }) => r.email),
    );
    const known = new Set<string>(
      (
        await this.dataSource.query('SELECT lower(email) AS email FROM people WHERE lower(email) = ANY($1::text[])', [
          valid.map((v) => v.toLowerCase()),
        ])
      ).map((r: { email: string }) => r.email),
    );
    const inviter = await this.dataSource.query('SELECT display_name FROM people WHERE id = $1', [viewer.personId]);
    let sent = 0;
    for (const email of valid.filter((e) => !registered.has(e.toLowerCase()))) {
      const invitation = await this.create({ gatheringId: gathering.id, networkId: input.networkId }, gathering, viewer, email);
      const link = new URL(invitation.url).pathname + new URL(invitation.url).search;
      const signIn = known.has(email.toLowerCase())
        ? ''
        : `\n\nNew to Weave? This link signs you in (it works once, for 3 days): ${this.mailer.link(`/sign-in/link?token=${await this.links.create(email)}&next=${encodeURIComponent(link)}`)}`;
      await this.mailer.send({
        to: email,
        subject: `You're invited: ${gathering.title}`,
        text: `Hello,\n\n${inviter[0]?.display_name ?? 'Someone'}${invitation.networkName ? ` of ${invitation.networkName}` : ''} invites you to "${gathering.title}".\n\nSee it and register: ${invitation.url}${signIn}\n`,
      });
      sent++;
    }
    return { sent, alreadyRegistered: valid.filter((e) => registered.has(e.toLowerCase())), invalid };
  }

  async models(ids: string[]): Promise<GatheringInvitationModel[]> {
    const rows = await this.dataSource.getRepository(GatheringInvitationEntity).find({
      where: { id: In(ids) },
      relations: { gathering: true, issuedBy: true, network: true },
    });
    return ids
      .map((id) => rows.find((r) => r.id === id)!)
      .map((i) => ({
        id: i.id,
        code: i.code,
        url: this.mailer.link(`/gatherings/${i.gathering!.slug}?invite=${i.code}`),
        gatheringId: i.gatheringId,
        gatheringSlug: i.gathering!.slug,
        gatheringTitle: i.gathering!.title,
        issuedByName: i.issuedBy!.displayName,
        networkName: i.network?.name ?? null,
        expiresAt: i.expiresAt,
        isExpired: i.expiresAt !== null && i.expiresAt.getTime() < Date.now(),
      }));
  }

  /** The invitation behind a code, checked for this gathering and for expiry. */
  async check(code: string, gatheringId: string): Promise<GatheringInvitationEntity> {
    const invitation = await this.dataSource.getRepository(GatheringInvitationEntity).findOneBy({ code, gatheringId });
    if (!invitation) throw gatheringsError(GatheringsError.InvitationNotFound);
    if (invitation.expiresAt && invitation.expiresAt.getTime() < Date.now()) throw gatheringsError(GatheringsError.InvitationExpired);
    return invitation;
  }

  async byCode(code: string): Promise<GatheringInvitationEntity | null> {
    return this.dataSource.getRepository(GatheringInvitationEntity).findOneBy({ code });
  }

  /** The viewer's own links for a gathering. */
  async mine(gatheringId: string, viewer: Viewer): Promise<GatheringInvitationModel[]> {
    const rows = await this.dataSource.getRepository(GatheringInvitationEntity).find({
      select: { id: true },
      where: { gatheringId, issuedById: viewer.personId, email: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return this.models(rows.map((r) => r.id));
  }

  /** The cascade as a tree with registrations per invitation and per branch, in two statements. */
  async tree(gatheringId: string): Promise<InvitationTree> {
    const invitations = await this.dataSource.getRepository(GatheringInvitationEntity).find({
      where: { gatheringId },
      relations: { issuedBy: true, network: true },
      order: { createdAt: 'ASC' },
    });
    const registrations: { invitation_id: string | null; representing: string[] }[] = await this.dataSource.query(
      `SELECT invitation_id, representing_network_ids AS representing FROM registrations WHERE gathering_id = $1 AND status <> 'cancelled'`,
      [gatheringId],
    );
    const direct = new Map<string, number>();
    for (const r of registrations) if (r.invitation_id) direct.set(r.invitation_id, (direct.get(r.invitation_id) ?? 0) + 1);

    const byId = new Map(invitations.map((i) => [i.id, i]));
    const depthOf = (i: GatheringInvitationEntity, seen = new Set<string>()): number => {
      const parent = i.parentId ? byId.get(i.parentId) : undefined;
      if (!parent || seen.has(parent.id)) return 1;
      seen.add(i.id);
      return depthOf(parent, seen) + 1;
    };
    const children = new Map<string, string[]>();
    for (const i of invitations)
      if (i.parentId && byId.has(i.parentId)) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i.id]);
    const branch = (id: string): number => (direct.get(id) ?? 0) + (children.get(id) ?? []).reduce((sum, child) => sum + branch(child), 0);

    const nodes: InvitationTreeNode[] = invitations.map((i) => ({
      id: i.id,
      parentId: i.parentId && byId.has(i.parentId) ? i.parentId : null,
      depth: depthOf(i),
      issuedByName: i.issuedBy!.displayName,
      networkName: i.network?.name ?? null,
      registrations: direct.get(i.id) ?? 0,
      branchRegistrations: branch(i.id),
    }));
    const networks = new Set<string>();
    invitations.forEach((i) => i.networkId && networks.add(i.networkId));
    registrations.filter((r) => r.invitation_id).forEach((r) => r.representing.forEach((n) => networks.add(n)));
    return {
      nodes,
      networksReached: networks.size,
      maxDepth: nodes.reduce((max, n) => Math.max(max, n.depth), 0),
      registrationsThroughInvitations: registrations.filter((r) => r.invitation_id).length,
    };
  }
}
