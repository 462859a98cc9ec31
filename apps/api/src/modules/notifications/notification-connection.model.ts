import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model.js';
import { NotificationModel } from './notification.model.js';

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationModel, 'Notification') {}
