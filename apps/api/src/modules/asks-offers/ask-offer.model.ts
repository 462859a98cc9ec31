import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { ConnectionType } from '../../common/pagination/connection.model.js';
import { PersonName } from '../accounts/person-name.model.js';
import { NetworkSummary } from '../networks/network-summary.model.js';
import { AskOfferKind, AskOfferSide, AskOfferStatus } from './asks-offers.enums.js';
import { AskOfferPlace } from './ask-offer-place.model.js';

@ObjectType('AskOffer', { description: 'An ask (something needed) or an offer (something to give), by a person or a network.' })
export class AskOfferModel {
  @Field(() => UUID)
  id: string;

  @Field(() => AskOfferSide)
  side: AskOfferSide;

  @Field(() => AskOfferKind)
  kind: AskOfferKind;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [String], { description: 'Themes, lower case, as networks have them.' })
  themes: string[];

  @Field({ description: 'Where, in words (empty when not said).' })
  area: string;

  @Field({ description: 'The last day it stands, YYYY-MM-DD.' })
  endsOn: string;

  @Field(() => AskOfferStatus)
  status: AskOfferStatus;

  @Field(() => NetworkSummary, { nullable: true, description: 'The network it was posted for (null: posted by a person as themselves).' })
  network: NetworkSummary | null;

  @Field(() => PersonName, { nullable: true, description: 'Who posted it (signed-in viewers only; null once their account is gone).' })
  postedBy: PersonName | null;

  @Field(() => AskOfferPlace, { nullable: true, description: 'The gathering it was posted during, for the people taking part in it.' })
  gathering: AskOfferPlace | null;

  @Field(() => AskOfferPlace, { nullable: true, description: 'For a met ask: the offer that met it, if the viewer may see it.' })
  metByOffer: AskOfferPlace | null;

  @Field(() => NetworkSummary, { nullable: true, description: 'For a met ask: the network that met it, if the viewer may see it.' })
  metByNetwork: NetworkSummary | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  @Field({ description: 'Whether you may change or close it (you posted it, or facilitate or convene its network).' })
  viewerMayEdit: boolean;
}

@ObjectType('AskOfferConnection', { description: 'A page of asks and offers.' })
export class AskOfferConnection extends ConnectionType(AskOfferModel, 'AskOffer') {}
