import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NetworkSummary } from '../networks/network-summary.model.js';
import { LifecycleStage, Sector } from '../networks/network.enums.js';
import type { WhosMissing } from './whos-missing.model.js';

type Row = {
  id: string;
  slug: string;
  name: string;
  kind: NetworkSummary['kind'];
  lifecycle_stage: string;
  region: string | null;
  sectors: Sector[];
  represented: boolean;
};

/** Representation: compares who was invited with who registered on behalf of which network. */
@Injectable()
export class WhosMissingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forGathering(gatheringId: string): Promise<WhosMissing> {
    const rows: Row[] = await this.dataSource.query(
      `WITH invited AS (
         SELECT network_id AS id FROM gathering_invitations WHERE gathering_id = $1 AND network_id IS NOT NULL
         UNION SELECT network_id FROM gathering_conveners WHERE gathering_id = $1
         UNION SELECT m.member_id FROM network_memberships m JOIN gathering_conveners c ON c.network_id = m.parent_id
                WHERE c.gathering_id = $1 AND m.status = 'active'
       ), represented AS (
         SELECT DISTINCT unnest(representing_network_ids) AS id FROM registrations WHERE gathering_id = $1 AND status <> 'cancelled'
       )
       SELECT n.id, n.slug, n.name, n.kind, n.lifecycle_stage, n.region, n.sectors, (r.id IS NOT NULL) AS represented
         FROM networks n LEFT JOIN represented r ON r.id = n.id
        WHERE n.id IN (SELECT id FROM invited) OR r.id IS NOT NULL
        ORDER BY n.name`,
      [gatheringId],
    );
    const present = rows.filter((r) => r.represented);
    const sectorsPresent = new Set(present.flatMap((r) => r.sectors));
    const regionsPresent = new Set(present.map((r) => r.region).filter(Boolean));
    return {
      networks: rows
        .filter((r) => !r.represented)
        .map((r) => ({ id: r.id, slug: r.slug, name: r.name, kind: r.kind, isClosed: r.lifecycle_stage === LifecycleStage.CLOSED })),
      sectors: Object.values(Sector).filter((s) => !sectorsPresent.has(s)),
      regions: [...new Set(rows.map((r) => r.region).filter((r): r is string => !!r && !regionsPresent.has(r)))].sort(),
    };
  }
}
