import { Field, ObjectType } from '@nestjs/graphql';
import { UnplacedReason } from './open-space.enums.js';
import { UUID } from '../../common/ids.js';

@ObjectType('UnplacedSession', { description: 'A session the suggestion could not place, and why.' })
export class UnplacedSession {
  @Field(() => UUID)
  sessionId: string;

  @Field(() => UnplacedReason, { description: 'Why, for clients to say in their own words.' })
  code: UnplacedReason;

  @Field({ description: 'Why, in English.' })
  reason: string;
}
