import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { AskOfferFieldsInput } from './ask-offer-fields.input.js';

@InputType({ description: 'New words for an open ask or offer (its poster, or its network’s facilitators and conveners).' })
export class UpdateAskOfferInput extends AskOfferFieldsInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of an ask or offer.' })
  id: string;
}
