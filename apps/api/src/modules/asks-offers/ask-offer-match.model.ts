import { Field, Float, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { AskOfferModel } from './ask-offer.model.js';

@ObjectType('AskOfferMatch', { description: 'An open post on the other side that may meet this one, with how well it matches.' })
export class AskOfferMatchModel {
  @Field(() => AskOfferModel)
  match: AskOfferModel;

  @Field(() => Float, { description: 'Higher is better: themes shared, words shared, area and title alike.' })
  score: number;

  @Field({ description: 'A good match: the people of both sides are told of it (across networks only).' })
  isGood: boolean;

  @Field({ description: 'Posted for the same network: matching is across networks, so it ranks lower.' })
  sameNetwork: boolean;

  @Field(() => UUID, { nullable: true, description: 'The introduction’s conversation, once the two were introduced.' })
  introductionConversationId: string | null;
}

@ObjectType('AskOfferIntroduction', { description: 'An ask and an offer introduced: the private conversation between their people.' })
export class AskOfferIntroductionModel {
  @Field(() => UUID)
  conversationId: string;

  @Field({ description: 'False when they had been introduced before (this is that conversation).' })
  isNew: boolean;
}
