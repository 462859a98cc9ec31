import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.model.js';
import { PersonModel } from './person.model.js';

@ObjectType()
export class PersonConnection extends ConnectionType(PersonModel, 'Person') {}
