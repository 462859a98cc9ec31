import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../../common/access/access.decorators.js';
import type { RequestContext } from '../../../common/access/request-context.js';
import { requestLoader } from '../../../common/graphql/request-loader.js';
import { NotificationSubject } from '../../notifications/notification.enums.js';
import { NotificationModel } from '../../notifications/notification.model.js';
import { NetworkMembershipModel } from './network-membership.model.js';
import { NetworkMembershipsService } from './network-memberships.service.js';

/** A notification about a tie links to the tie as it is now, so a proposal can be answered from the inbox. */
@Resolver(() => NotificationModel)
export class NotificationTieResolver {
  constructor(private readonly memberships: NetworkMembershipsService) {}

  @ResolveField(() => NetworkMembershipModel, {
    nullable: true,
    description:
      'The tie a notification is about, as it is now (none for other notifications, or when you may no longer see both networks).',
  })
  tie(@Parent() notification: NotificationModel, @Ctx() ctx: RequestContext): Promise<NetworkMembershipModel | null> {
    if (notification.subjectType !== NotificationSubject.TIE || !ctx.viewer) return Promise.resolve(null);
    const viewer = ctx.viewer;
    // One statement for every tie on the page.
    return requestLoader<string, NetworkMembershipModel | null>(ctx, 'notification.tie', async (ids) => {
      const ties = new Map((await this.memberships.list({ ids: [...ids] }, viewer, true)).map((t) => [t.id, t]));
      return ids.map((id) => ties.get(id) ?? null);
    }).load(notification.subjectId);
  }
}
