import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { NetworkKind } from '../../network.enums.js';
import { NetworkNameRules, NetworkFieldsInput } from './network-fields.input.js';
import { UUID } from '../../../../common/ids.js';
import { Omittable } from '../../../../common/errors/validation.pipe.js';

@InputType({ description: 'Only the fields given change. The slug stays as it is, so links keep working.' })
export class UpdateNetworkInput extends NetworkFieldsInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId: string;

  @Field({ nullable: true })
  @Omittable()
  @NetworkNameRules()
  name?: string;

  @Field(() => NetworkKind, { nullable: true })
  @Omittable()
  @IsEnum(NetworkKind)
  kind?: NetworkKind;
}
