import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { PersonName } from '../accounts/person-name.model.js';
import { AuditAction, AuditSubject } from './audit.enums.js';

@ObjectType('AuditMention', { description: 'A person, network or gathering an act names in its detail, by name.' })
export class AuditMention {
  @Field(() => String, { description: 'The key of the detail that holds its id (e.g. "personId", "networkId").' })
  key: string;

  @Field(() => String)
  name: string;
}

@ObjectType('AuditEvent', { description: 'A consequential act: who did what to which thing, and when.' })
export class AuditEventModel {
  @Field(() => UUID)
  id: string;

  @Field(() => PersonName, { nullable: true, description: 'Who acted (null when their account has gone).' })
  actor: PersonName | null;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => AuditSubject)
  subjectType: AuditSubject;

  @Field(() => UUID)
  subjectId: string;

  @Field(() => String, {
    nullable: true,
    description:
      "What it was done to, in words: a network's or gathering's name, a claim's network, whose registration it is (null when it has gone, and for posts).",
  })
  subjectName: string | null;

  @Field(() => String, {
    description: 'A few facts about the act, as a JSON object (e.g. {"role":"convener","toPersonId":"…"}).',
  })
  detail: string;

  @Field(() => [AuditMention], {
    description: 'The names of the people, networks and gatherings whose ids the detail holds, where they are still there.',
  })
  mentions: AuditMention[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
