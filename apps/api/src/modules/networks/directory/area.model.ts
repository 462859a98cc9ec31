import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Region } from '../network.enums.js';

@ObjectType({ description: 'Where a network is.' })
export class AreaModel {
  @Field(() => String, { nullable: true, description: 'A place name, e.g. "Govanhill".' })
  placeName: string | null;

  @Field(() => Region, { nullable: true, description: 'A UK nation or English region, from a fixed list.' })
  region: Region | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;
}
