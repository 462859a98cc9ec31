import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { SetNotificationPreferenceInput } from './dtos/set-notification-preference.input.js';
import { NotificationPreferenceModel } from './notification-preference.model.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @SignedIn()
  @Query(() => [NotificationPreferenceModel], {
    description: 'How you hear of each kind of notification: in the app only, by email at once, in a daily digest, or not at all.',
  })
  notificationPreferences(@CurrentViewer() viewer: Viewer): Promise<NotificationPreferenceModel[]> {
    return this.preferences.list(viewer.personId);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferenceModel, { description: 'Chooses how you hear of one kind of notification.' })
  setNotificationPreference(
    @Args('input') input: SetNotificationPreferenceInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationPreferenceModel> {
    return this.preferences.choose(input, viewer);
  }
}
