import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../common/access/request-context.js';
import { groupByKeys } from '../../../common/graphql/request-loader.js';
import { isUniqueViolation } from '../../../database/pg-errors.js';
import { PersonModel } from '../../accounts/person.model.js';
import { AuditAction, AuditSubject } from '../../audit/audit.enums.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Executor } from '../../../database/database.js';
import { NotificationKind, NotificationSubject } from '../../notifications/notification.enums.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { RolesService } from '../../roles/roles.service.js';
import { NetworkRole } from '../network.enums.js';
import { NetworksError, networksError } from '../networks.errors.js';
import type { HandOverRoleInput } from './dtos/hand-over-role.input.js';
import type { InviteToNetworkInput } from './dtos/invite-to-network.input.js';
import type { RemoveNetworkRoleInput } from './dtos/remove-network-role.input.js';
import type { RespondToNetworkInvitationInput } from './dtos/respond-to-network-invitation.input.js';
import type { NetworkRoleHolder } from './network-role-holder.model.js';
import { InvitationStatus } from './network-role-invitation.entity.js';
import type { NetworkRoleInvitation } from './network-role-invitation.model.js';
import { NetworkRolesRepository } from './network-roles.repository.js';

// Roles anyone may see on a public profile; members see every role.
const PUBLIC_ROLES = [NetworkRole.FACILITATOR, NetworkRole.CONVENER];

/** Who holds which role in a network: invitations, leaving, removal and hand-over. */
@Injectable()
export class NetworkRolesService {
  constructor(
    private readonly repository: NetworkRolesRepository,
    private readonly roles: RolesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async invite(input: InviteToNetworkInput, viewer: Viewer): Promise<NetworkRoleInvitation> {
    const holderId = await this.repository.personIdByEmail(input.email);
    if (holderId && (await this.roles.holdsAny(holderId, 'network', input.networkId, [input.role])))
      throw networksError(NetworksError.AlreadyHoldsRole);
    try {
      const id = await this.repository.transaction(async (trx) => {
        const invitationId = await this.repository.insertInvitation(
          { networkId: input.networkId, email: input.email, role: input.role, invitedById: viewer.personId },
          trx,
        );
        // Someone who has proved the address is told in their inbox (they answer on their account page).
        if (holderId) await this.tellInvited(invitationId, holderId, input, viewer, trx);
        return invitationId;
      });
      return (await this.repository.invitations({ id }))[0];
    } catch (error) {
      if (isUniqueViolation(error)) throw networksError(NetworksError.InvitationPending);
      throw error;
    }
  }

  private async tellInvited(invitationId: string, personId: string, input: InviteToNetworkInput, viewer: Viewer, trx: Executor) {
    const network = await this.repository.networkName(input.networkId, trx);
    await this.notifications.notify(
      {
        kind: NotificationKind.ROLE_INVITATION,
        recipientIds: [personId],
        actorId: viewer.personId,
        subject: { type: NotificationSubject.NETWORK, id: input.networkId },
        eventKey: `role-invitation:${invitationId}`,
        data: { networkName: network.name, networkSlug: network.slug, role: input.role },
      },
      trx,
    );
  }

  /** Pending invitations addressed to the viewer's email. */
  async mine(viewer: Viewer): Promise<NetworkRoleInvitation[]> {
    return this.repository.invitations({ viewerId: viewer.personId });
  }

  /** Pending invitations of a network, for its facilitators. */
  /** Invitations waiting for an answer, for each of `networkIds` (one statement). */
  async pendingFor(networkIds: readonly string[]): Promise<NetworkRoleInvitation[][]> {
    return groupByKeys(networkIds, await this.repository.invitations({ networkIds }), (i) => i.networkId);
  }

  async respond(input: RespondToNetworkInvitationInput, viewer: Viewer): Promise<NetworkRoleInvitation> {
    await this.repository.transaction(async (trx) => {
      const invitation = await this.repository.lockPendingFor(input.invitationId, viewer.personId, trx);
      if (!invitation) throw networksError(NetworksError.InvitationNotFound);
      if (input.accept) {
        await this.roles.grant(viewer.personId, 'network', invitation.networkId, invitation.role, trx);
        const detail = { role: invitation.role, personId: viewer.personId, invitationId: invitation.id };
        await this.audit.record(
          viewer,
          { action: AuditAction.ROLE_GRANTED, subjectType: AuditSubject.NETWORK, subjectId: invitation.networkId, detail },
          trx,
        );
      }
      await this.repository.answer(invitation.id, input.accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED, trx);
    });
    return (await this.repository.invitations({ id: input.invitationId }))[0];
  }

  /** Ends someone's role (a facilitator removing them, or they leave); never the last facilitator. */
  async remove(input: RemoveNetworkRoleInput, viewer: Viewer): Promise<void> {
    const self = input.personId === viewer.personId;
    if (!self && !(await this.roles.holdsAny(viewer.personId, 'network', input.networkId, [NetworkRole.FACILITATOR]))) {
      throw networksError(NetworksError.NotYourRole);
    }
    await this.repository.transaction(async (trx) => {
      await this.repository.lockNetwork(input.networkId, trx);
      if (
        input.role === NetworkRole.FACILITATOR &&
        (await this.repository.currentCount(input.networkId, NetworkRole.FACILITATOR, trx)) <= 1
      ) {
        const holds = await this.roles.holdsAny(input.personId, 'network', input.networkId, [NetworkRole.FACILITATOR]);
        if (holds) throw networksError(NetworksError.LastFacilitator);
      }
      if (!(await this.roles.end(input.personId, 'network', input.networkId, input.role, trx)))
        throw networksError(NetworksError.RoleNotHeld);
      const detail = { role: input.role, personId: input.personId };
      await this.audit.record(
        viewer,
        { action: AuditAction.ROLE_ENDED, subjectType: AuditSubject.NETWORK, subjectId: input.networkId, detail },
        trx,
      );
    });
  }

  /** The viewer hands their role on to someone in the network, in one step; history keeps both. */
  async handOver(input: HandOverRoleInput, viewer: Viewer): Promise<void> {
    if (input.toPersonId === viewer.personId) throw networksError(NetworksError.HandOverToSelf);
    await this.repository.transaction(async (trx) => {
      await this.repository.lockNetwork(input.networkId, trx);
      const facts = await this.repository.handOverFacts(input.networkId, input.role, viewer.personId, input.toPersonId, trx);
      if (!facts.giverHolds) throw networksError(NetworksError.NotYourRole);
      if (!facts.receiverInside) throw networksError(NetworksError.HandOverToOutsider);
      if (facts.receiverHolds) throw networksError(NetworksError.AlreadyHoldsRole);
      await this.roles.end(viewer.personId, 'network', input.networkId, input.role, trx);
      await this.roles.grant(input.toPersonId, 'network', input.networkId, input.role, trx);
      const detail = { role: input.role, fromPersonId: viewer.personId, toPersonId: input.toPersonId };
      await this.audit.record(
        viewer,
        { action: AuditAction.ROLE_HANDED_OVER, subjectType: AuditSubject.NETWORK, subjectId: input.networkId, detail },
        trx,
      );
    });
  }

  /**
   * Role holders of each network, in one statement for any number of networks.
   * Everyone sees current facilitators and conveners; people inside a network
   * (and admins) see every role, and its history when asked.
   */
  async holders(networkIds: readonly string[], viewer: Viewer | null, includePast: boolean): Promise<NetworkRoleHolder[][]> {
    const rows = await this.repository.holders(networkIds);
    // The viewer's own current roles are among these rows: no second statement needed.
    const insideOf = new Set(
      viewer?.isPlatformAdmin
        ? networkIds
        : rows.filter((r) => r.personId === viewer?.personId && r.endedAt === null).map((r) => r.scopeId),
    );
    const shown = rows.filter((r) =>
      insideOf.has(r.scopeId) ? includePast || r.endedAt === null : r.endedAt === null && PUBLIC_ROLES.includes(r.role),
    );
    return groupByKeys(networkIds, shown, (r) => r.scopeId).map((group) =>
      group.map((r) => ({
        person: PersonModel.from(r.person, viewer),
        role: r.role,
        since: r.startedAt,
        until: r.endedAt,
      })),
    );
  }
}
