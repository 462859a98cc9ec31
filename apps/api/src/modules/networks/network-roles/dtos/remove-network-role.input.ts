import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { NetworkRole } from '../../network.enums.js';

const ID_MESSAGE = { message: 'This must be an id we gave out.' };

@InputType()
export class RemoveNetworkRoleInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  networkId: string;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  personId: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole)
  role: NetworkRole;
}
