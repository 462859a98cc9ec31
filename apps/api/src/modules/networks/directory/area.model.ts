import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Where a network is.' })
export class AreaModel {
  @Field(() => String, { nullable: true, description: 'A place name, e.g. "Govanhill".' })
  placeName: string | null;

  @Field(() => String, { nullable: true, description: 'A region, e.g. "Scotland" or "North West England".' })
  region: string | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;
}
