import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString } from 'class-validator';
import { LifecycleStage, NetworkKind, NetworkScope, Region, Sector } from '../../network.enums.js';

@InputType({ description: 'Filters combine with AND across fields and OR within a field.' })
export class NetworkFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  themes?: string[];

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field(() => [Region], { nullable: true })
  @IsOptional()
  @IsEnum(Region, { each: true })
  regions?: Region[];

  @Field(() => [NetworkScope], { nullable: true })
  @IsOptional()
  @IsEnum(NetworkScope, { each: true })
  scopes?: NetworkScope[];

  @Field(() => [LifecycleStage], { nullable: true })
  @IsOptional()
  @IsEnum(LifecycleStage, { each: true })
  lifecycleStages?: LifecycleStage[];

  @Field(() => [NetworkKind], { nullable: true })
  @IsOptional()
  @IsEnum(NetworkKind, { each: true })
  kinds?: NetworkKind[];
}
