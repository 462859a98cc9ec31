import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { NetworkSummary } from '../networks/network-summary.model.js';
import type { Registration } from './gathering.js';
import { AccessFeature, GatheringFormat, GatheringStatus, RegistrationMode } from './gathering.enums.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Gathering', { description: 'Where networks meet: in person, online or both.' })
export class GatheringModel {
  @Field(() => UUID)
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
  viewerRegistrationRow: Registration | null;

  @Field(() => UUID, { nullable: true, description: 'The gathering this one follows up.' })
  followUpOfId: string | null;
}
