import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { NetworkRole } from '../../network.enums.js';
import { UUID } from '../../../../common/ids.js';

const ID_MESSAGE = { message: 'This must be an id we gave out.' };

@InputType()
export class RemoveNetworkRoleInput {
  @Field(() => UUID)
  @IsUUID('all', ID_MESSAGE)
  networkId: string;

  @Field(() => UUID)
  @IsUUID('all', ID_MESSAGE)
  personId: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole)
  role: NetworkRole;
}
