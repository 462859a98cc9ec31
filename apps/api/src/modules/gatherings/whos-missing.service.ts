import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { Region, Sector } from '../networks/network.enums.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import { RegistrationsRepository } from './registrations.repository.js';
import type { WhosMissing } from './whos-missing.model.js';

/** Representation: compares who was invited with who registered on behalf of which network, and who registered with who came. */
@Injectable()
export class WhosMissingService {
  constructor(
    private readonly networks: GatheringNetworksRepository,
    private readonly registrations: RegistrationsRepository,
  ) {}

  /** Over the networks the viewer may see: sectors and regions of members-only networks the viewer is not in count for nothing. */
  async forGathering(gatheringId: string, viewer: Viewer): Promise<WhosMissing> {
    const rows = await this.networks.whosMissing(gatheringId, viewer);
    const { registered, came } = await this.registrations.attendanceCounts(gatheringId);
    const present = rows.filter((r) => r.represented);
    const placed = rows.filter((r) => r.placed > 0);
    const sectorsCame = new Set(placed.filter((r) => r.came > 0).flatMap((r) => r.sectors));
    const sectorsPresent = new Set(present.flatMap((r) => r.sectors));
    const regionsPresent = new Set(present.map((r) => r.region));
    const regionsInvited = new Set(rows.map((r) => r.region));
    return {
      networks: rows.filter((r) => !r.represented).map(({ id, slug, name, kind, isClosed }) => ({ id, slug, name, kind, isClosed })),
      sectors: Object.values(Sector).filter((s) => !sectorsPresent.has(s)),
      regions: Object.values(Region).filter((r) => regionsInvited.has(r) && !regionsPresent.has(r)),
      registered,
      came,
      notComeByNetwork: placed
        .filter((r) => r.came < r.placed)
        .map(({ id, slug, name, kind, isClosed, placed: places, came: cameFor }) => ({
          network: { id, slug, name, kind, isClosed },
          registered: places,
          came: cameFor,
        })),
      sectorsNotCome: [...new Set(placed.flatMap((r) => r.sectors))].filter((s) => !sectorsCame.has(s)),
    };
  }
}
