import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model.js';
import { AuditEventModel } from './audit-event.model.js';

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEventModel, 'AuditEvent') {}
