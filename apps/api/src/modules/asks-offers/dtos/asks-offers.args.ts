import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { PaginationArgs } from '../../../common/pagination/pagination.args.js';
import { AskOfferKind, AskOfferSide } from '../asks-offers.enums.js';

@InputType({ description: 'Which asks and offers to list; every filter given must hold.' })
export class AskOfferFilterInput {
  @Field(() => AskOfferSide, { nullable: true })
  @IsOptional()
  @IsEnum(AskOfferSide)
  side?: AskOfferSide | null;

  @Field(() => [AskOfferKind], { nullable: true })
  @IsOptional()
  @IsEnum(AskOfferKind, { each: true })
  kinds?: AskOfferKind[] | null;

  @Field(() => String, { nullable: true, description: 'Those with this theme.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Those whose area contains these words.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  area?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: open ones only (not past their end date); false: closed and expired ones only.',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those you posted, or posted for a network you facilitate or convene.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => UUID, { nullable: true, description: 'Those of this network.' })
  @IsOptional()
  @IsUUID('all')
  networkId?: string | null;

  @Field(() => UUID, { nullable: true, description: 'Those posted during this gathering (its wall section).' })
  @IsOptional()
  @IsUUID('all')
  gatheringId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words to look for (full text, with a fallback for misspelt titles).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class AsksOffersArgs extends PaginationArgs {
  @Field(() => AskOfferFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AskOfferFilterInput)
  filter?: AskOfferFilterInput | null;
}
