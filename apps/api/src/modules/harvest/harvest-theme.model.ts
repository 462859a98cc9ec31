import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('HarvestTheme', { description: 'A theme that emerged: a heading and what the conveners wrote under it.' })
export class HarvestThemeModel {
  @Field()
  heading: string;

  @Field({ description: 'Plain text; blank lines separate paragraphs.' })
  body: string;
}
