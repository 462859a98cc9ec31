import { thing } from '../modules/alpha';

export const app = thing;
