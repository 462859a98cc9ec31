import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { NetworkKind } from '../../network.enums.js';
import { NetworkNameRules, NetworkFieldsInput } from './network-fields.input.js';

@InputType({ description: 'A new network, coalition or organisation. The person registering it becomes its facilitator.' })
export class RegisterNetworkInput extends NetworkFieldsInput {
  @Field()
  @NetworkNameRules()
  name: string;

  @Field(() => NetworkKind)
  @IsEnum(NetworkKind)
  kind: NetworkKind;
}
