import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { trim } from '../../open-space/dtos/trim.js';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'An ask and an offer: to introduce them to each other, or to mark the ask met by the offer.' })
export class AskAndOfferInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of an ask.' })
  askId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of an offer.' })
  offerId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Introducing: the first words of the conversation (a default greeting when left out).',
  })
  @IsOptional()
  @Transform(trim)
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  message?: string | null;
}
