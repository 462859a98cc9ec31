import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { ImpactMeasure, MEASURES } from '../impact.enums.js';

@InputType({ description: 'The measures a network publishes to everyone (replacing its earlier choice); an empty list publishes nothing.' })
export class SetImpactPublicationsInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId: string;

  @Field(() => [ImpactMeasure])
  @ArrayMaxSize(MEASURES.length, { message: 'Choose each measure at most once.' })
  @IsEnum(ImpactMeasure, { each: true, message: 'Choose measures from the list.' })
  measures: ImpactMeasure[];
}
