import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Closeness } from '../relationships.enums.js';
import { ConnectionIdInput } from './connection-id.input.js';

@InputType()
export class SetClosenessInput extends ConnectionIdInput {
  @Field(() => Closeness)
  @IsEnum(Closeness, { message: 'Choose MET_ONCE, WORKING_TOGETHER or CLOSE.' })
  closeness: Closeness;
}
