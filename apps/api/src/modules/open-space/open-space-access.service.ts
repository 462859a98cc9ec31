import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import type { GatheringEntity } from '../gatherings/gathering.entity.js';
import { GatheringRole, GatheringStatus } from '../gatherings/gathering.enums.js';
import { GatheringsService } from '../gatherings/gatherings.service.js';
import { RolesService } from '../roles/roles.service.js';
import { openSpaceError, OpenSpaceError } from './open-space.errors.js';

/** Who may see and change a gathering's open space: conveners, and participants with a place. */
@Injectable()
export class OpenSpaceAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gatherings: GatheringsService,
    private readonly roles: RolesService,
  ) {}

  /** The gathering, if the viewer may see it (drafts are NOT_FOUND but to conveners). */
  visibleGathering(gatheringId: string, viewer: Viewer | null): Promise<GatheringEntity> {
    return this.gatherings.findVisible({ id: gatheringId }, viewer);
  }

  /** For a gathering loaded with what belongs to it: NOT_FOUND if the viewer may not see it. */
  assertVisible(gathering: GatheringEntity, viewer: Viewer | null): Promise<void> {
    return this.gatherings.assertVisible(gathering, viewer);
  }

  isConvener(gatheringId: string, viewer: Viewer): Promise<boolean> {
    return this.roles.holdsAny(viewer.personId, 'gathering', gatheringId, [GatheringRole.CONVENER]);
  }

  async assertConvener(gatheringId: string, viewer: Viewer): Promise<void> {
    if (!(await this.isConvener(gatheringId, viewer))) throw openSpaceError(OpenSpaceError.ConvenersOnly);
  }

  /** Conveners, and people registered (or marked attended), take part; everyone else is refused. */
  async assertParticipant(gatheringId: string, viewer: Viewer, manager: EntityManager | DataSource = this.dataSource): Promise<void> {
    const [row]: { ok: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM registrations WHERE gathering_id = $1 AND person_id = $2 AND status IN ('registered', 'attended'))
           OR EXISTS (SELECT 1 FROM role_assignments WHERE scope_type = 'gathering' AND scope_id = $1 AND person_id = $2
                       AND role = $3 AND ended_at IS NULL) AS ok`,
      [gatheringId, viewer.personId, GatheringRole.CONVENER],
    );
    if (!row.ok) throw openSpaceError(OpenSpaceError.NotParticipant);
  }

  /** Nothing changes on the wall of a closed gathering. */
  assertNotClosed(gathering: Pick<GatheringEntity, 'status'>): void {
    if (gathering.status === GatheringStatus.CLOSED) throw openSpaceError(OpenSpaceError.GatheringClosed);
  }
}
