import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsUUID, Min, ValidateNested } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { HarvestVisibility } from '../harvest.enums.js';
import { HarvestThemeInput } from './harvest-theme.input.js';

@InputType({ description: 'The conveners’ write-up of a gathering; name the version you edited, so no one’s words are lost.' })
export class SaveHarvestInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => [HarvestThemeInput])
  @IsArray()
  @ArrayMaxSize(40, { message: 'Use at most 40 themes.' })
  @ValidateNested({ each: true })
  @Type(() => HarvestThemeInput)
  themes: HarvestThemeInput[];

  @Field(() => HarvestVisibility)
  @IsEnum(HarvestVisibility)
  visibility: HarvestVisibility;

  @Field(() => Int, { description: 'The version you edited (0 before the first save).' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}
