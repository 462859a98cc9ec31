import { Injectable } from '@nestjs/common';
import { Sector } from '../networks/network.enums.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import type { WhosMissing } from './whos-missing.model.js';

/** Representation: compares who was invited with who registered on behalf of which network. */
@Injectable()
export class WhosMissingService {
  constructor(private readonly networks: GatheringNetworksRepository) {}

  async forGathering(gatheringId: string): Promise<WhosMissing> {
    const rows = await this.networks.whosMissing(gatheringId);
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
