import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PersonName } from '../accounts/person-name.model.js';
import { AuditAction, AuditSubject } from './audit.enums.js';

@ObjectType('AuditEvent', { description: 'A consequential act: who did what to which thing, and when.' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => PersonName, { nullable: true, description: 'Who acted (null when their account has gone).' })
  actor: PersonName | null;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => AuditSubject)
  subjectType: AuditSubject;

  @Field(() => ID)
  subjectId: string;

  @Field(() => String, {
    description: 'A few facts about the act, as a JSON object (e.g. {"role":"convener","toPersonId":"…"}).',
  })
  detail: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
