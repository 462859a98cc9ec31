import { thing } from '../alpha';
import { routes } from '../../app/routes';

export const beta = [thing, routes.home];
