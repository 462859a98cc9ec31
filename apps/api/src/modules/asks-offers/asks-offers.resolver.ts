import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID } from '../../common/ids.js';
import { AskOfferIntroductionModel, AskOfferMatchModel } from './ask-offer-match.model.js';
import { AskOfferConnection, AskOfferModel } from './ask-offer.model.js';
import { AsksOffersService } from './asks-offers.service.js';
import { AskAndOfferInput } from './dtos/ask-and-offer.input.js';
import { AsksOffersArgs } from './dtos/asks-offers.args.js';
import { CloseAskOfferInput } from './dtos/close-ask-offer.input.js';
import { PostAskOfferInput } from './dtos/post-ask-offer.input.js';
import { UpdateAskOfferInput } from './dtos/update-ask-offer.input.js';
import { NetworkReciprocityModel } from './network-reciprocity.model.js';

@Resolver(() => AskOfferModel)
export class AsksOffersResolver {
  constructor(private readonly service: AsksOffersService) {}

  @Public()
  @Query(() => AskOfferConnection, {
    description:
      'Asks and offers the viewer may see, newest first, filtered. Signed out: only those of public networks; signed in: people’s own too.',
  })
  asksOffers(@Args() args: AsksOffersArgs, @OptionalViewer() viewer: Viewer | null): Promise<AskOfferConnection> {
    return this.service.list(args, viewer);
  }

  @Public()
  @Query(() => AskOfferModel, { nullable: true, description: 'An ask or offer, if the viewer may see it.' })
  askOffer(@Args('id', { type: () => UUID }) id: string, @OptionalViewer() viewer: Viewer | null): Promise<AskOfferModel | null> {
    return this.service.find(id, viewer);
  }

  @Public()
  @Query(() => [AskOfferMatchModel], {
    description: 'For an open ask the best open offers, for an open offer the best open asks, that the viewer may see: best first.',
  })
  askOfferMatches(
    @Args('id', { type: () => UUID }) id: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<AskOfferMatchModel[]> {
    return this.service.matches(id, Math.min(Math.max(first, 1), 25), viewer);
  }

  @Public()
  @Query(() => NetworkReciprocityModel, { description: 'Asks met for a network and by it, across which networks.' })
  networkReciprocity(
    @Args('networkId', { type: () => UUID }) networkId: string,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<NetworkReciprocityModel> {
    return this.service.reciprocity(networkId, viewer);
  }

  @SignedIn()
  @Mutation(() => AskOfferModel, { description: 'Posts an ask or an offer, as yourself or for a network you facilitate or convene.' })
  postAskOffer(@Args('input') input: PostAskOfferInput, @CurrentViewer() viewer: Viewer): Promise<AskOfferModel> {
    return this.service.post(input, viewer);
  }

  @SignedIn()
  @Mutation(() => AskOfferModel, { description: 'Changes an open ask or offer.' })
  updateAskOffer(@Args('input') input: UpdateAskOfferInput, @CurrentViewer() viewer: Viewer): Promise<AskOfferModel> {
    return this.service.update(input, viewer);
  }

  @SignedIn()
  @Mutation(() => AskOfferModel, { description: 'Closes an ask or offer as met or withdrawn; it stays in the history.' })
  closeAskOffer(@Args('input') input: CloseAskOfferInput, @CurrentViewer() viewer: Viewer): Promise<AskOfferModel> {
    return this.service.close(input, viewer);
  }

  @SignedIn()
  @Mutation(() => AskOfferIntroductionModel, {
    description: 'Introduces an ask and an offer (either side may): a conversation only the people of both sides can read.',
  })
  introduceAskOffer(@Args('input') input: AskAndOfferInput, @CurrentViewer() viewer: Viewer): Promise<AskOfferIntroductionModel> {
    return this.service.introduce(input, viewer);
  }

  @SignedIn()
  @Mutation(() => AskOfferModel, { description: 'Either side marks the ask met by the offer (and so by the offer’s network).' })
  markAskMet(@Args('input') input: AskAndOfferInput, @CurrentViewer() viewer: Viewer): Promise<AskOfferModel> {
    return this.service.markMet(input, viewer);
  }
}
