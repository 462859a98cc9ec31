import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import type { Viewer } from '../../common/access/request-context.js';
import { MailerService } from '../../common/mail/mailer.service.js';
import { letterTo, mailTemplatesFor } from '../../common/mail/templates/index.js';
import { PeopleService } from '../accounts/people.service.js';
import { SignInLinksService } from '../accounts/sign-in-links.service.js';
import { NetworkRole } from '../networks/network.enums.js';
import { RolesService } from '../roles/roles.service.js';
import type { CreateInvitationInput } from './dtos/create-invitation.input.js';
import { MAX_EMAIL_INVITATIONS, type InviteByEmailInput } from './dtos/invite-by-email.input.js';
import type { EmailInvitationsResult } from './email-invitations-result.model.js';
import type { Gathering, GatheringInvitation } from './gathering.js';
import { GatheringRole } from './gathering.enums.js';
import type { GatheringInvitationModel } from './gathering-invitation.model.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import { GatheringsService } from './gatherings.service.js';
import type { InvalidEmailLine } from './invalid-email-line.model.js';
import { newInvitationCode } from './invitation-code.js';
import { invitationTree } from './invitation-tree.js';
import type { InvitationTree } from './invitation-tree.model.js';
import { InvitationsRepository } from './invitations.repository.js';
import { RegistrationsRepository } from './registrations.repository.js';

/** The lines of a pasted list: valid addresses (first of each), and the lines that are not, with why. */
function readEmailList(emails: string): { valid: string[]; invalid: InvalidEmailLine[] } {
  const lines = emails.split(/\r?\n/);
  const filled = lines.filter((l) => l.trim() !== '').length;
  if (filled === 0) throw gatheringsError(GatheringsError.NoEmails);
  if (filled > MAX_EMAIL_INVITATIONS) throw gatheringsError(GatheringsError.TooManyEmails, filled);
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
  return { valid, invalid };
}

/** Invitation links and the cascade they make. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly repository: InvitationsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly gatherings: GatheringsService,
    private readonly networks: GatheringNetworksRepository,
    private readonly roles: RolesService,
    private readonly people: PeopleService,
    private readonly links: SignInLinksService,
    private readonly mailer: MailerService,
  ) {}

  /**
   * Conveners and registrants issue links ("invite others from your network");
   * a link's parent is the invitation its issuer came through.
   */
  async create(input: CreateInvitationInput, viewer: Viewer): Promise<GatheringInvitationModel> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    return this.issue(input, gathering, viewer);
  }

  private async issue(
    input: CreateInvitationInput,
    gathering: Gathering,
    viewer: Viewer,
    email: string | null = null,
  ): Promise<GatheringInvitationModel> {
    const convener = await this.roles.holdsAny(viewer.personId, 'gathering', gathering.id, [GatheringRole.CONVENER]);
    const registration = convener ? null : await this.registrations.active(gathering.id, viewer.personId);
    const inNetwork = input.networkId
      ? await this.roles.holdsAny(viewer.personId, 'network', input.networkId, Object.values(NetworkRole))
      : false;
    // A follow-up's cascade continues: the people of a network invited to the gathering it follows may invite theirs.
    const continuing =
      !convener && !registration && inNetwork && gathering.followUpOfId
        ? await this.repository.inCascadeOfOriginal(gathering.id, input.networkId!)
        : false;
    if (!convener && !registration && !continuing) throw gatheringsError(GatheringsError.CannotInvite);
    if (input.networkId && !inNetwork) throw gatheringsError(GatheringsError.NotInNetwork);
    const id = await this.repository.insert({
      gatheringId: gathering.id,
      code: newInvitationCode(),
      issuedById: viewer.personId,
      networkId: input.networkId ?? null,
      parentId: registration?.invitationId ?? null,
      email,
    });
    return (await this.models([id], viewer))[0];
  }

  /**
   * Sends each address its own invitation link; addresses no account has proved
   * also get a one-time sign-in link. Bad lines are reported by line number, not sent.
   */
  async inviteByEmail(input: InviteByEmailInput, viewer: Viewer): Promise<EmailInvitationsResult> {
    const gathering = await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    const { valid, invalid } = readEmailList(input.emails);
    // Only someone who has proved an address holds it: anyone else may have typed it at sign-up.
    const known = await this.people.withProvedEmails(valid);
    const registeredIds = await this.registrations.registeredAmong(
      gathering.id,
      known.map((p) => p.id),
    );
    const registered = new Set(known.filter((p) => registeredIds.has(p.id)).map((p) => p.email.toLowerCase()));
    const [inviter] = await this.people.contacts([viewer.personId]);
    // The email goes to someone who may be outside the network: it names it only if anyone may see it.
    const [onBehalfOf] = input.networkId ? await this.networks.names([input.networkId], null) : [];
    const knownPeople = new Map(known.map((p) => [p.email.toLowerCase(), p]));
    let sent = 0;
    for (const email of valid.filter((e) => !registered.has(e.toLowerCase()))) {
      const invitation = await this.issue({ gatheringId: gathering.id, networkId: input.networkId }, gathering, viewer, email);
      const link = new URL(invitation.url).pathname + new URL(invitation.url).search;
      // Someone on Weave reads it in their language; anyone else in the inviter's.
      const person = knownPeople.get(email.toLowerCase());
      const t = mailTemplatesFor(person?.locale ?? inviter?.locale);
      const signInUrl = person
        ? undefined
        : this.mailer.link(`/sign-in/link?token=${await this.links.create(email)}&next=${encodeURIComponent(link)}`);
      const words = {
        inviter: inviter?.displayName ?? t.someone,
        network: onBehalfOf,
        title: gathering.title,
        url: invitation.url,
        signInUrl,
      };
      await this.mailer.send(letterTo({ email, displayName: person?.displayName }, t, t.gatheringInvitation(words)));
      sent++;
    }
    return { sent, alreadyRegistered: valid.filter((e) => registered.has(e.toLowerCase())), invalid };
  }

  private async models(ids: string[], viewer: Viewer | null): Promise<GatheringInvitationModel[]> {
    const rows = await this.repository.withGathering(ids, viewer);
    return ids
      .map((id) => rows.find((r) => r.id === id)!)
      .map((i) => ({
        id: i.id,
        code: i.code,
        url: this.mailer.link(`/gatherings/${i.gatheringSlug}?invite=${i.code}`),
        gatheringId: i.gatheringId,
        gatheringSlug: i.gatheringSlug,
        gatheringTitle: i.gatheringTitle,
        issuedByName: i.issuedByName ?? '',
        networkName: i.networkName ?? null,
        expiresAt: i.expiresAt,
        isExpired: i.expiresAt !== null && i.expiresAt.getTime() < Date.now(),
      }));
  }

  /** The invitation behind a code, checked for this gathering and for expiry. */
  async check(code: string, gatheringId: string): Promise<GatheringInvitation> {
    const invitation = await this.repository.byCode(code, gatheringId);
    if (!invitation) throw gatheringsError(GatheringsError.InvitationNotFound);
    if (invitation.expiresAt && invitation.expiresAt.getTime() < Date.now()) throw gatheringsError(GatheringsError.InvitationExpired);
    return invitation;
  }

  /** What an invitation link is for: NOT_FOUND for an unknown code or a gathering the viewer may not see. */
  async byCode(code: string, viewer: Viewer | null): Promise<GatheringInvitationModel> {
    const invitation = await this.repository.byCode(code);
    if (!invitation) throw gatheringsError(GatheringsError.NotFound);
    await this.gatherings.findVisible({ id: invitation.gatheringId }, viewer);
    return (await this.models([invitation.id], viewer))[0];
  }

  /** The viewer's own links for a gathering. */
  async mine(gatheringId: string, viewer: Viewer): Promise<GatheringInvitationModel[]> {
    await this.gatherings.findVisible({ id: gatheringId }, viewer);
    return this.models(await this.repository.linksOf(gatheringId, viewer.personId), viewer);
  }

  /** The cascade as a tree with registrations per invitation and per branch; networks reached are those the viewer may see. */
  async tree(gatheringId: string, viewer: Viewer): Promise<InvitationTree> {
    const invitations = await this.repository.forGathering(gatheringId, viewer);
    const registrations = await this.registrations.throughInvitations(gatheringId);
    const ids = [...invitations.flatMap((i) => i.networkId ?? []), ...registrations.flatMap((r) => r.representingNetworkIds)];
    const seen = new Set((await this.networks.summaries(ids, viewer)).map((n) => n.id));
    return invitationTree(
      invitations.map((i) => ({ ...i, networkId: i.networkId && seen.has(i.networkId) ? i.networkId : null })),
      registrations.map((r) => ({ ...r, representingNetworkIds: r.representingNetworkIds.filter((id) => seen.has(id)) })),
    );
  }
}
