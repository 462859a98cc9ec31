import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { trim } from '../../open-space/dtos/trim.js';
import { PostFields } from './post-fields.js';

@InputType({
  description: 'A new conversation: attached to at most one of a gathering, a session or a network (none: open to anyone signed in).',
})
export class StartConversationInput extends PostFields {
  @Field({ description: 'What it is about, 1 to 200 characters.' })
  @Transform(trim)
  @MinLength(1, { message: 'Give the conversation a title.' })
  @MaxLength(200, { message: 'Use at most 200 characters.' })
  title: string;

  @Field({ defaultValue: false, description: 'The first post asks a question.' })
  @IsBoolean()
  isQuestion: boolean = false;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  gatheringId?: string | null;

  @Field(() => UUID, { nullable: true, description: 'Carry a breakout on.' })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string | null;

  @Field(() => UUID, { nullable: true, description: 'A network or coalition, for its people.' })
  @IsOptional()
  @IsUUID('all')
  networkId?: string | null;
}
