import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class RegisterForGatheringInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => String, { nullable: true, description: 'The code of the invitation link you came through.' })
  @IsOptional()
  @MaxLength(32)
  invitationCode?: string | null;

  @Field(() => [UUID], { nullable: true, description: 'The networks you come on behalf of.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'Choose at most 10 networks.' })
  @IsUUID('all', { each: true, message: 'This must be the id of a network.' })
  representingNetworkIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'What would help you take part. Private to you unless you choose to share it with the conveners.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  accessNeeds?: string | null;

  @Field({ defaultValue: false, description: 'Let the conveners see your access needs so they can plan for them.' })
  @IsBoolean()
  shareAccessNeeds: boolean = false;
}
