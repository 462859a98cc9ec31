import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { NetworkRole } from '../../network.enums.js';

const ID_MESSAGE = { message: 'This must be an id we gave out.' };

@InputType({ description: 'Hand your role on to someone already in the network; both periods stay in the history.' })
export class HandOverRoleInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  networkId: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole)
  role: NetworkRole;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  toPersonId: string;
}
