import { Field, ObjectType } from '@nestjs/graphql';
import { SessionModel } from './session.model.js';
import { WallModel } from './wall.model.js';

@ObjectType('WallUpdate', { description: 'A fresh wall (on connecting, or when spaces or slots change), or sessions that changed.' })
export class WallUpdate {
  @Field(() => WallModel, { nullable: true })
  snapshot: WallModel | null;

  @Field(() => [SessionModel])
  sessions: SessionModel[];
}
