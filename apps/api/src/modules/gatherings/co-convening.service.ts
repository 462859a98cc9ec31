import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { groupByKeys } from '../../common/graphql/request-loader.js';
import { AuditAction, AuditSubject } from '../audit/audit.enums.js';
import { AuditService } from '../audit/audit.service.js';
import type { NetworkSummary } from '../networks/network-summary.model.js';
import { RolesService } from '../roles/roles.service.js';
import type { CoConveningInvitation } from './co-convening-invitation.model.js';
import type { InviteCoConvenerInput } from './dtos/invite-co-convener.input.js';
import type { RespondToCoConveningInput } from './dtos/respond-to-co-convening.input.js';
import { GatheringRole } from './gathering.enums.js';
import type { GatheringModel } from './gathering.model.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import { GatheringNotices } from './gathering-notices.service.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { GatheringsRepository } from './gatherings.repository.js';
import { GatheringsService, MAY_ANSWER_FOR_A_NETWORK } from './gatherings.service.js';

/** Networks convening a gathering together: one invites, a facilitator or convener of the other answers. */
@Injectable()
export class CoConveningService {
  constructor(
    private readonly repository: GatheringsRepository,
    private readonly networks: GatheringNetworksRepository,
    private readonly gatherings: GatheringsService,
    private readonly roles: RolesService,
    private readonly audit: AuditService,
    private readonly notices: GatheringNotices,
  ) {}

  /** Invites another network to co-convene; one of its facilitators or conveners accepts. */
  async invite(input: InviteCoConvenerInput, viewer: Viewer): Promise<GatheringModel> {
    if ((await this.networks.isClosed(input.networkId, viewer)) === undefined) throw gatheringsError(GatheringsError.NotANetwork);
    await this.repository.transaction(async (trx) => {
      if (!(await this.repository.inviteConvener(input.gatheringId, input.networkId, trx))) return;
      const gathering = await this.repository.get(input.gatheringId, trx);
      await this.notices.coConveneInvitation(gathering, input.networkId, viewer, trx);
    });
    return this.gatherings.view({ id: input.gatheringId }, viewer);
  }

  /** A facilitator or convener of the invited network accepts (becoming a convener of the gathering) or declines. */
  async respond(input: RespondToCoConveningInput, viewer: Viewer): Promise<GatheringModel> {
    const { gatheringId, networkId, accept } = input;
    // Read first: after declining, a draft is no longer visible to the decliner.
    const before = await this.gatherings.findVisible({ id: gatheringId }, viewer);
    const mayAnswer = await this.roles.holdsAny(viewer.personId, 'network', networkId, MAY_ANSWER_FOR_A_NETWORK);
    if (!(await this.repository.isInvitedToConvene(gatheringId, networkId))) throw gatheringsError(GatheringsError.NotFound);
    if (!mayAnswer) throw gatheringsError(GatheringsError.NotConvenerOf, 'the invited network');
    await this.repository.transaction(async (trx) => {
      await this.repository.answerConvening(trx, gatheringId, networkId, accept);
      if (accept) {
        await this.roles.grant(viewer.personId, 'gathering', gatheringId, GatheringRole.CONVENER, trx);
        const detail = { role: GatheringRole.CONVENER, personId: viewer.personId, forNetworkId: networkId };
        await this.audit.record(
          viewer,
          { action: AuditAction.ROLE_GRANTED, subjectType: AuditSubject.GATHERING, subjectId: gatheringId, detail },
          trx,
        );
      }
    });
    return accept ? this.gatherings.view({ id: gatheringId }, viewer) : this.gatherings.model(before, viewer);
  }

  /** Invitations to co-convene waiting for an answer from networks the viewer facilitates or convenes (drafts included). */
  async invitationsFor(viewer: Viewer): Promise<CoConveningInvitation[]> {
    const invitations = await this.networks.coConveningInvitationsFor(viewer);
    const models = await this.gatherings.toModels(
      invitations.map((i) => i.gathering),
      viewer,
    );
    return invitations.map((i, k) => ({ gathering: models[k], network: i.network }));
  }

  /** Networks invited to co-convene each of `gatheringIds` that have not answered yet (for its conveners: the caller checks). */
  async pending(gatheringIds: readonly string[], viewer: Viewer): Promise<NetworkSummary[][]> {
    const invited = await this.networks.conveners([...gatheringIds], false, viewer);
    return groupByKeys(gatheringIds, invited, (c) => c.gatheringId).map((group) => group.map((c) => c.network));
  }
}
