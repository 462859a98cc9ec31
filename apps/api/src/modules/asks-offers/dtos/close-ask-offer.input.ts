import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { AskOfferOutcome } from '../asks-offers.enums.js';

@InputType({ description: 'Closes an ask or offer as met or withdrawn; it stays in the history.' })
export class CloseAskOfferInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of an ask or offer.' })
  id: string;

  @Field(() => AskOfferOutcome)
  @IsEnum(AskOfferOutcome, { message: 'Choose met or withdrawn.' })
  outcome: AskOfferOutcome;
}
