import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID, MaxLength } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class CheckInWithCodeInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field({ description: "The gathering's check-in code (from the QR code at the door or on the board)." })
  @IsString()
  @MaxLength(64, { message: 'This is not a check-in code.' })
  code: string;

  @Field({
    defaultValue: false,
    description: 'Not registered yet: take a free place and check in, in one step (open gatherings with places left only).',
  })
  @IsBoolean()
  register: boolean = false;
}
