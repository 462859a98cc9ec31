import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'How many delegates a network may send (0 removes its places).' })
export class SetDelegatePlacesInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId: string;

  @Field(() => Int)
  @IsInt({ message: 'Places are a whole number.' })
  @Min(0, { message: 'Places cannot be negative.' })
  @Max(100, { message: 'At most 100 delegate places per network.' })
  places: number;
}
