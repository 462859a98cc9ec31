import { Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { CalendarService } from './calendar.service.js';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendars: CalendarService) {}

  @SignedIn()
  @Mutation(() => String, {
    description: 'Makes a private calendar feed URL of your gatherings for your calendar app. Any previous feed URL stops working.',
  })
  createCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.calendars.createFeed(viewer.personId);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Stops your calendar feed URL from working.' })
  async revokeCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.calendars.revokeFeed(viewer.personId);
    return true;
  }
}
