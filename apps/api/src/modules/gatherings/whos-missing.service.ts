import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { Sector } from '../networks/network.enums.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import type { WhosMissing } from './whos-missing.model.js';

/** Representation: compares who was invited with who registered on behalf of which network. */
@Injectable()
export class WhosMissingService {
  constructor(private readonly networks: GatheringNetworksRepository) {}

  /** Over the networks the viewer may see: sectors and regions of members-only networks the viewer is not in count for nothing. */
  async forGathering(gatheringId: string, viewer: Viewer): Promise<WhosMissing> {
    const rows = await this.networks.whosMissing(gatheringId, viewer);
    const present = rows.filter((r) => r.represented);
    const sectorsPresent = new Set(present.flatMap((r) => r.sectors));
    const regionsPresent = new Set(present.map((r) => r.region).filter(Boolean));
    return {
      networks: rows.filter((r) => !r.represented).map(({ id, slug, name, kind, isClosed }) => ({ id, slug, name, kind, isClosed })),
      sectors: Object.values(Sector).filter((s) => !sectorsPresent.has(s)),
      regions: [...new Set(rows.map((r) => r.region).filter((r): r is string => !!r && !regionsPresent.has(r)))].sort(),
    };
  }
}
