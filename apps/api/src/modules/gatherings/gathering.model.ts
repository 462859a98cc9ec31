import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { NetworkSummary } from '../networks/network-summary.model.js';
import type { RegistrationEntity } from './registration.entity.js';
import { AccessFeature, GatheringFormat, GatheringStatus, RegistrationMode, RegistrationStatus } from './gathering.enums.js';

@ObjectType('Registration', { description: "A person's place (or place in the queue) at a gathering." })
export class RegistrationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  gatheringId: string;

  @Field(() => ID)
  personId: string;

  @Field()
  personName: string;

  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place in the waiting list (1 is next), while WAITLISTED.' })
  waitlistPosition: number | null;

  @Field(() => [ID])
  representingNetworkIds: string[];

  @Field(() => [NetworkSummary], { description: 'The networks they come on behalf of.' })
  representingNetworks: NetworkSummary[];

  @Field(() => String, { nullable: true, description: 'Seen by the person, and by conveners only when the person chose to share it.' })
  accessNeeds: string | null;

  @Field()
  shareAccessNeeds: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Gathering', { description: 'Where networks meet: in person, online or both.' })
export class GatheringModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  purpose: string;

  @Field(() => GatheringFormat)
  format: GatheringFormat;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true, description: 'The video-call link: shown to registered people and conveners, null for others.' })
  onlineUrl: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field({ description: 'IANA zone it happens in; show times in it and in the viewer’s own.' })
  timeZone: string;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  capacity: number | null;

  @Field(() => Int, { nullable: true, description: 'Places left; null when unlimited.' })
  placesLeft: number | null;

  @Field(() => RegistrationMode)
  registrationMode: RegistrationMode;

  @Field(() => [AccessFeature])
  accessFeatures: AccessFeature[];

  @Field()
  accessNotes: string;

  @Field(() => GatheringStatus)
  status: GatheringStatus;

  @Field(() => [NetworkSummary], { description: 'The networks convening it.' })
  convenedBy: NetworkSummary[];

  @Field({ description: 'True when the viewer convenes this gathering.' })
  viewerIsConvener: boolean;

  /** Loaded with the gathering; the viewerRegistration field resolver turns it into a model. */
  viewerRegistrationEntity: RegistrationEntity | null;

  @Field(() => ID, { nullable: true, description: 'The gathering this one follows up.' })
  followUpOfId: string | null;
}

@ObjectType('CoConveningInvitation', { description: 'A gathering your network is invited to co-convene.' })
export class CoConveningInvitation {
  @Field(() => GatheringModel)
  gathering: GatheringModel;

  @Field(() => NetworkSummary, { description: 'Your network that is invited.' })
  network: NetworkSummary;
}
