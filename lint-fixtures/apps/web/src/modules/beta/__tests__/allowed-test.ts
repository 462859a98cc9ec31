// Tests may import anything.
import { thing } from '../../alpha/components/thing';

export const beta = thing;
