import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';
import { PersonName } from '../accounts/person-name.model.js';
import { AuditAction, AuditSubject } from './audit.enums.js';

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
    description: 'A few facts about the act, as a JSON object (e.g. {"role":"convener","toPersonId":"…"}).',
  })
  detail: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
