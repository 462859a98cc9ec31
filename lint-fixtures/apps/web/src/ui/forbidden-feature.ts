// ui/ imports no feature.
import { thing } from '../modules/alpha';

export const ui = thing;
