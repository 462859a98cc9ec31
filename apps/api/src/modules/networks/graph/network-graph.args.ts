import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_GRAPH_DEPTH = 3;

@ArgsType()
export class NetworkGraphArgs {
  @Field({ description: 'The slug of the network at the centre.' })
  @IsString()
  @MaxLength(200, { message: 'This is not the slug of a network.' })
  slug: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 2,
    description: `How many ties out from the centre to go, 1 to ${MAX_GRAPH_DEPTH}, in either direction (members and what it belongs to).`,
  })
  @IsInt({ message: 'Depth is a whole number of ties.' })
  @Min(1, { message: 'Ask for at least 1 tie out from the network.' })
  @Max(MAX_GRAPH_DEPTH, { message: `Ask for at most ${MAX_GRAPH_DEPTH} ties out from the network.` })
  depth = 2;
}
