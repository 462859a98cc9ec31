import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType('CheckInCode', {
  description:
    "A gathering's check-in code (conveners): put it in a QR code for the door and the board. It leads to /gatherings/<slug>/check-in?code=<code>.",
})
export class CheckInCodeModel {
  @Field(() => UUID)
  gatheringId: string;

  @Field({ description: 'Random and unguessable; replaced (and the old one refused) when a convener regenerates it.' })
  code: string;

  @Field({ description: 'The web path the QR code leads to (join it to the site address).' })
  path: string;
}
