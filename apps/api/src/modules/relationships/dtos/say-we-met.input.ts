import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { Closeness } from '../relationships.enums.js';

@InputType()
export class SayWeMetInput {
  @Field(() => UUID, { description: 'The gathering where you met (you both took part).' })
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => UUID, { description: 'The person you met (someone who took part).' })
  @IsUUID('all', { message: 'This must be the id of a person.' })
  personId: string;

  @Field(() => Closeness, { nullable: true, description: 'How close you are; MET_ONCE when not given.' })
  @IsOptional()
  @IsEnum(Closeness)
  closeness?: Closeness | null;
}
