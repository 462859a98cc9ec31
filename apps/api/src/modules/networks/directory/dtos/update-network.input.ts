import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { NetworkKind } from '../../network.enums.js';
import { NetworkNameRules, NetworkFieldsInput } from './network-fields.input.js';

@InputType({ description: 'Only the fields given change. The slug stays as it is, so links keep working.' })
export class UpdateNetworkInput extends NetworkFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId: string;

  @Field({ nullable: true })
  @IsOptional()
  @NetworkNameRules()
  name?: string;

  @Field(() => NetworkKind, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkKind)
  kind?: NetworkKind;
}
