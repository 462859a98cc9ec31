import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { AskOfferSide } from '../asks-offers.enums.js';
import { AskOfferFieldsInput } from './ask-offer-fields.input.js';

@InputType({ description: 'A new ask or offer, as yourself or for a network you facilitate or convene, perhaps during a gathering.' })
export class PostAskOfferInput extends AskOfferFieldsInput {
  @Field(() => AskOfferSide)
  @IsEnum(AskOfferSide, { message: 'Choose ask or offer.' })
  side: AskOfferSide;

  @Field(() => UUID, { nullable: true, description: 'Post for this network (its facilitators and conveners only).' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId?: string | null;

  @Field(() => UUID, { nullable: true, description: 'Posted during this gathering (its participants only): shown on its wall.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId?: string | null;
}
