import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { NetworkRole } from '../../network.enums.js';
import { UUID } from '../../../../common/ids.js';

const ID_MESSAGE = { message: 'This must be an id we gave out.' };

@InputType({ description: 'Hand your role on to someone already in the network; both periods stay in the history.' })
export class HandOverRoleInput {
  @Field(() => UUID)
  @IsUUID('all', ID_MESSAGE)
  networkId: string;

  @Field(() => NetworkRole)
  @IsEnum(NetworkRole)
  role: NetworkRole;

  @Field(() => UUID)
  @IsUUID('all', ID_MESSAGE)
  toPersonId: string;
}
