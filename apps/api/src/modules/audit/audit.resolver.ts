import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformAdminOnly } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { AuditEventConnection } from './audit-event-connection.model.js';
import { AuditService } from './audit.service.js';
import { AuditEventsArgs } from './dtos/audit-events.args.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @PlatformAdminOnly()
  @Query(() => AuditEventConnection, {
    description: 'The audit trail of consequential acts, newest first, filtered by action and/or subject (platform admins only).',
  })
  auditEvents(@Args() args: AuditEventsArgs, @CurrentViewer() viewer: Viewer): Promise<AuditEventConnection> {
    return this.audit.list(args, viewer);
  }
}
